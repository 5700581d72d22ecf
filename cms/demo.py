"""Demo content for the public site."""

from cms.services import home_page_ensure

HOME_INTRO = (
    "<p>CT Academy trains the people who answer human trafficking in Saint Lucia: police and "
    "border officers, prosecutors, members of the National Counter-Trafficking Task Force and "
    "media workers. Courses are self-paced and end with a certificate anyone can verify.</p>"
    "<p>If you suspect someone is being trafficked, call <b>847</b>: free, 24 hours a day, "
    "and you may stay anonymous.</p>"
)


def seed() -> dict:
    _, changed = home_page_ensure(
        title="CT Academy",
        headline="Counter-trafficking training for Saint Lucia's responders",
        intro=HOME_INTRO,
    )
    return {"home page changed": int(changed)}
