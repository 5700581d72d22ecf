# Shared by scripts/backup.sh and scripts/restore-drill.sh (sourced, not run).

# Keep the password off every command line (any local user can read those with ps): libpq
# takes it from PGPASSWORD, which only this user and root can read. Sets PG_URL.
pg_url_without_password() {
  local url=$1 rest userinfo
  PG_URL=$url
  rest=${url#*://}
  case "$rest" in *@*) ;; *) return 0 ;; esac
  userinfo=${rest%@*}
  case "$userinfo" in *:*) ;; *) return 0 ;; esac
  PGPASSWORD=$(python3 -c 'import sys, urllib.parse as p; print(p.unquote(sys.argv[1]))' \
    "${userinfo#*:}")
  export PGPASSWORD
  PG_URL="${url%%://*}://${userinfo%%:*}@${rest##*@}"
}
