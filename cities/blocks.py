"""StreamField blocks of the city network: pilot actions in a pair's cooperation plan, and the
key figures of a good practice's results.

As in ``portal/blocks.py``, labels and help texts are admin-only English; what editors type
in text blocks is translatable through wagtail-localize, while numbers (a key figure's value)
are facts that stay the same in every language.
"""

from wagtail import blocks

from portal.blocks import DocumentLinkBlock, HeadingBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class PilotActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Title", max_length=200)
    description = blocks.RichTextBlock(
        label="Description", features=PARAGRAPH_FEATURES, required=False
    )
    timeframe = blocks.CharBlock(
        label="Timeframe",
        max_length=100,
        required=False,
        help_text='When the action takes place, in words: "spring 2018", "2018-2019".',
    )

    class Meta:
        icon = "tick-inverse"
        label = "Pilot action"
        template = "cities/blocks/pilot_action.html"


class CooperationPlanBlock(blocks.StreamBlock):
    """What two cities agreed to do together: text, then pilot actions."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label="Paragraph", features=PARAGRAPH_FEATURES)
    pilot_action = PilotActionBlock()

    class Meta:
        required = False


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.DecimalBlock(
        label="Value",
        max_digits=14,
        decimal_places=2,
        help_text="The number alone, such as 1200 or 35.5. It is formatted for each language.",
    )
    unit = blocks.CharBlock(
        label="Unit",
        max_length=40,
        required=False,
        help_text="Written after the number: %, tonnes of CO2, households…",
    )
    label = blocks.CharBlock(
        label="What it measures",
        max_length=200,
        help_text="Such as: fewer tonnes of CO2 emitted each year.",
    )

    class Meta:
        icon = "order"
        label = "Key figure"
        template = "cities/blocks/key_figure.html"


class ResultsBlock(blocks.StreamBlock):
    """A good practice's results: key figures, with text around them."""

    key_figure = KeyFigureBlock()
    paragraph = blocks.RichTextBlock(label="Paragraph", features=PARAGRAPH_FEATURES)

    class Meta:
        required = False


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()

    class Meta:
        required = False
