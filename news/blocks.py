"""StreamField blocks of events: the agenda (days → timed sessions) and documents.

Session times are wall-clock times at the venue, in the event's time zone, as printed on
a conference programme; the page says which zone that is. Labels are admin-only English,
like ``portal/blocks.py``; what visitors read comes from the templates, through gettext.
"""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from portal.blocks import DocumentLinkBlock


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Name", max_length=200)
    role = blocks.CharBlock(
        label="Role and organisation",
        max_length=250,
        required=False,
        help_text="Such as: Mayor of Daegu, or Researcher, Ghent University.",
    )

    class Meta:
        icon = "user"
        label = "Speaker"


class AgendaSessionBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label="Starts", help_text="Local time at the venue.")
    end = blocks.TimeBlock(label="Ends", required=False, help_text="Local time at the venue.")
    title = blocks.CharBlock(label="Title", max_length=250)
    speakers = blocks.ListBlock(SpeakerBlock(), label="Speakers", default=[])
    description = blocks.RichTextBlock(
        label="Description", required=False, features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "time"
        label = "Session"

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] <= value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError("The session must end after it starts.")}
            )
        return value


class AgendaDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label="Date")
    title = blocks.CharBlock(
        label="Title of the day",
        max_length=200,
        required=False,
        help_text="Optional, such as: Field visits to the smart-city test beds.",
    )
    sessions = blocks.ListBlock(AgendaSessionBlock(), label="Sessions")

    class Meta:
        icon = "date"
        label = "Day"
        template = "news/blocks/agenda_day.html"


class AgendaBlock(blocks.StreamBlock):
    day = AgendaDayBlock()

    class Meta:
        required = False


class DocumentsBlock(blocks.StreamBlock):
    """Reports, presentations and minutes of an event."""

    document = DocumentLinkBlock()

    class Meta:
        required = False
