using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reader.Tests.Formats;

public class FormatDetectorTests
{
    [Theory]
    [InlineData("# Title\n\nBody.")]
    [InlineData("\n\n## Title\n\nBody.")]
    [InlineData("Title\n=====\n\nBody.")]
    [InlineData("Title\n\nSee [the report](https://example.org) and **this**.")]
    [InlineData("Title\n\nRead <https://example.org>.\n\n```\ncode\n```")]
    public void Markdown_is_recognised_from_its_content(string text) =>
        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(LineSplitter.Split(text), hasFrontMatter: false));

    [Theory]
    [InlineData("Title\nBody line one.\nBody line two.")]
    [InlineData("Title\nA list follows:\n- one\n- two\n-\nSign petition")]
    [InlineData("#hashtag news today\nNot a heading: no space after the hash.")]
    [InlineData("Title\nOnly **one** kind of Markdown sign is not enough.")]
    [InlineData("Title\nPrices rose 5*3 percent [sic] (officially).")]
    public void Plain_text_stays_plain_text(string text) =>
        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(LineSplitter.Split(text), hasFrontMatter: false));

    [Fact]
    public void Front_matter_means_markdown() =>
        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(LineSplitter.Split("Title\nBody."), hasFrontMatter: true));
}
