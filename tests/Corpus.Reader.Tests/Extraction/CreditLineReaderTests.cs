using Corpus.Reading.Extraction;
using Corpus.Reading.Formats;

namespace Corpus.Reader.Tests.Extraction;

public class CreditLineReaderTests
{
    [Theory]
    [InlineData("(Reuters, MT)", "Reuters|MT")]
    [InlineData("(AP)", "AP")]
    [InlineData("(Reuters)", "Reuters")]
    [InlineData("(AFP/Reuters)", "AFP|Reuters")]
    [InlineData("(Bloomberg, Reuters and AP)", "Bloomberg|Reuters|AP")]
    [InlineData("— Reuters", "Reuters")]
    [InlineData("- AP", "AP")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("The Associated Press", "The Associated Press")]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("Sources: Interfax, RIA Novosti", "Interfax|RIA Novosti")]
    [InlineData("Источник: ТАСС", "ТАСС")]
    [InlineData("(ТАСС)", "ТАСС")]
    public void Reads_a_credit_line(string line, string expected)
    {
        var credits = CreditLineReader.Read(DocumentBlock.Plain(BlockKind.Paragraph, line, 40, 1));

        Assert.NotNull(credits);
        Assert.Equal(expected, string.Join("|", credits));
    }

    [Theory]
    [InlineData("(translated by Jane Doe)")]
    [InlineData("(Photo: Andrew Winning)")]
    [InlineData("(see page 4)")]
    [InlineData("- Sergei Magnitsky")]
    [InlineData("Cover up")]
    [InlineData("Contact us")]
    [InlineData("The ministers met in London.")]
    public void Rejects_lines_that_are_not_credits(string line) =>
        Assert.Null(CreditLineReader.Read(DocumentBlock.Plain(BlockKind.Paragraph, line, 40, 1)));

    [Theory]
    [InlineData("The ministry declined to comment. (Reuters)", "Reuters", "The ministry declined to comment.")]
    [InlineData("The talks will go on in March. (AP/AFP)", "AP|AFP", "The talks will go on in March.")]
    public void Cuts_an_agency_credit_off_the_end_of_the_last_paragraph(string paragraph, string credits, string rest)
    {
        var trailing = CreditLineReader.ReadTrailing(paragraph);

        Assert.NotNull(trailing);
        Assert.Equal(credits, string.Join("|", trailing.Value.Credits));
        Assert.Equal(rest, trailing.Value.Remainder);
    }

    [Theory]
    [InlineData("The statement came from the foreign ministry (MFA)")]
    [InlineData("He spoke to the Interfax news agency (Interfax)x")]
    [InlineData("(Reuters)")]
    public void Keeps_a_paragraph_whose_end_is_no_agency_credit(string paragraph) =>
        Assert.Null(CreditLineReader.ReadTrailing(paragraph));

    [Fact]
    public void A_credit_line_in_the_body_is_story_text()
    {
        var article = Read.Article("Title\n\nThe ministers met in London on Tuesday to talk about the hotline.\n\n(Reuters)\n\nLater the ministers went on to talk about Syria and Iran.\n");

        Assert.Empty(article.Credits);
        Assert.Contains("(Reuters)", article.Paragraphs);
    }

    [Fact]
    public void Footer_credits_keep_article_order()
    {
        var article = Read.Article("Title\n\nThe ministers met in London on Tuesday to talk about the hotline. (AP)\n\n(Reuters, MT)\n");

        Assert.Equal(new[] { "AP", "Reuters", "MT" }, article.Credits);
        Assert.Equal(new[] { "The ministers met in London on Tuesday to talk about the hotline." }, article.Paragraphs);
    }
}
