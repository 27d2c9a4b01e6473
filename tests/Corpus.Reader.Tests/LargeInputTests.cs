using System.Text;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests;

/// <summary>
/// Very large inputs read completely and correctly. How the time grows with size is measured by the benchmarks,
/// not here: a test must not depend on the speed of the machine it runs on.
/// </summary>
public class LargeInputTests
{
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    public void A_one_megabyte_line_is_one_paragraph()
    {
        var line = Repeat("word ", OneMegabyte / 5).TrimEnd();

        var article = Read.Article("A title\n" + line);

        Assert.Equal(line, article.Paragraphs.Single());
        Assert.Equal(OneMegabyte / 5, article.WordCount);
    }

    [Fact]
    public void A_twenty_megabyte_plain_text_article_reads_every_paragraph()
    {
        var paragraph = "The committee met again on Thursday and agreed to publish its findings before the end of the year.";
        var count = 20 * OneMegabyte / (paragraph.Length + 1);

        var article = Read.Article("A very long report\n" + Repeat(paragraph + "\n", count));

        Assert.Equal(SourceFormat.PlainText, article.Format);
        Assert.Equal(count, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(paragraph, p));
    }

    [Fact]
    public void A_twenty_megabyte_markdown_article_reads_every_paragraph()
    {
        var paragraph = "Markets *rallied* after the [central bank](https://example.org/bank) held rates, and **bonds** rose.";
        var count = 20 * OneMegabyte / (paragraph.Length + 2);

        var article = Read.Article("# A very long digest\n\n" + Repeat(paragraph + "\n\n", count));

        Assert.Equal(SourceFormat.Markdown, article.Format);
        Assert.Equal(count, article.Paragraphs.Count);
        Assert.Equal("Markets rallied after the central bank held rates, and bonds rose.", article.Paragraphs[^1]);
    }

    [Fact]
    public void A_megabyte_of_markup_characters_does_not_trip_the_parsers()
    {
        // Unclosed brackets, emphasis and backticks are what make naive parsers backtrack.
        var noise = Repeat("[*_`<(", OneMegabyte / 6);

        var plain = Read.Text("Title\n" + noise);
        var markdown = Read.Text("# Title\n\n" + noise);

        Assert.NotNull(plain.Article);
        Assert.Empty(plain.Diagnostics);
        Assert.NotNull(markdown.Article);
        Assert.Equal(Corpus.Reading.Diagnostics.DiagnosticKind.MarkdownUnreadable, markdown.Diagnostics.Single().Kind);
        Assert.Equal(SourceFormat.PlainText, markdown.Article.Format);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
