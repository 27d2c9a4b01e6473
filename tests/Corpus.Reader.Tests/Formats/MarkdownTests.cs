using Corpus.Reading.Formats;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Formats;

public class MarkdownTests
{
    [Fact]
    public void The_heading_is_the_title_and_paragraphs_follow()
    {
        var article = Read.Article("# Heat wave breaks records\n\nTemperatures reached 41C.\n\nOfficials urged people to stay indoors.");

        Assert.Equal(SourceFormat.Markdown, article.Format);
        Assert.Equal("Heat wave breaks records", article.Title);
        Assert.Equal(["Temperatures reached 41C.", "Officials urged people to stay indoors."], article.Paragraphs);
    }

    [Theory]
    [InlineData("Some *emphasis* and **strong** words.", "Some emphasis and strong words.")]
    [InlineData("A [link to the report](https://example.org/report) here.", "A link to the report here.")]
    [InlineData("Run `dotnet test` now.", "Run dotnet test now.")]
    [InlineData("Escaped \\*stars\\* and \\[brackets\\].", "Escaped *stars* and [brackets].")]
    [InlineData("Fish &amp; chips &mdash; &copy; 2011", "Fish & chips — © 2011")]
    [InlineData("See <https://example.org/a> for more.", "See https://example.org/a for more.")]
    [InlineData("Text with <span class=\"x\">inline html</span> inside.", "Text with inline html inside.")]
    [InlineData("Soft\nline break and hard  \nbreak.", "Soft line break and hard break.")]
    [InlineData("~~struck~~ text", "struck text")]
    public void Inline_markup_is_rendered_to_its_text(string markdown, string expected)
    {
        var article = Read.Article("# Title\n\n" + markdown);

        Assert.Equal(expected, article.Paragraphs.Single());
    }

    [Fact]
    public void Inline_runs_keep_what_the_markup_said()
    {
        var document = MarkdownParser.Parse("Caption of a picture. **Jane Photographer**\n\nBy [Ann Writer](https://example.org/ann)\n\n![A harbour at dawn](https://example.org/h.jpg)");

        Assert.Equal(InlineKind.Strong, document.Blocks[0].Inlines[^1].Kind);
        Assert.Equal("Jane Photographer", document.Blocks[0].Inlines[^1].Text);
        Assert.Equal(new InlineSegment(InlineKind.Link, "Ann Writer", "https://example.org/ann"), document.Blocks[1].Inlines[^1]);
        Assert.Equal(new InlineSegment(InlineKind.Image, "A harbour at dawn", "https://example.org/h.jpg"), document.Blocks[2].Inlines.Single());
    }

    [Fact]
    public void Plain_text_between_marked_runs_is_one_run_however_often_Markdig_splits_it()
    {
        var document = MarkdownParser.Parse(@"One \*two\* &amp; three\\ *four* five\_ six &copy; seven");

        Assert.Equal(
            [
                new InlineSegment(InlineKind.Plain, "One *two* & three\\ "),
                new InlineSegment(InlineKind.Emphasis, "four"),
                new InlineSegment(InlineKind.Plain, " five_ six © seven"),
            ],
            document.Blocks.Single().Inlines);
    }

    [Fact]
    public void A_paragraph_of_a_hundred_thousand_escapes_is_read_in_one_pass()
    {
        // Each escape is a run of its own in Markdig's tree; joining them one by one copied the paragraph once per run.
        var paragraph = string.Concat(Enumerable.Repeat("word \\* ", 100_000));

        var block = MarkdownParser.Parse(paragraph).Blocks.Single();

        Assert.Equal(string.Concat(Enumerable.Repeat("word * ", 100_000)).TrimEnd(), block.Text);
        Assert.Equal(InlineKind.Plain, block.Inlines.Single().Kind);
    }

    [Fact]
    public void Lists_quotes_and_code_keep_their_kind_and_line()
    {
        var document = MarkdownParser.Parse("Intro.\n\n- one\n- two\n\n> quoted\n\n```\ncode line\n```\n\n---\n\n## Sub");

        Assert.Equal(
            [(BlockKind.Paragraph, 1), (BlockKind.ListItem, 3), (BlockKind.ListItem, 4), (BlockKind.Quote, 6), (BlockKind.Code, 8), (BlockKind.Separator, 12), (BlockKind.Heading, 14)],
            document.Blocks.Select(b => (b.Kind, b.Line)));
    }

    [Fact]
    public void Front_matter_is_not_text_and_line_numbers_are_kept()
    {
        var text = "---\ntitle: Ignored here\n---\n# Heading\n\nBody.";

        var front = FrontMatter.Split(text)!;
        var document = MarkdownParser.Parse(front.Body);

        Assert.Equal("title: Ignored here\n", front.Yaml);
        Assert.Equal(2, front.FirstYamlLine);
        Assert.Equal(4, document.Blocks[0].Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Ignored", StringComparison.Ordinal));
    }
}
