using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Formats;

public class PlainTextTests
{
    [Fact]
    public void The_headline_is_the_first_non_blank_line()
    {
        var article = Read.Article("\n\n  Storm closes ports along the coast  \nShips stayed in harbour on Monday.");

        Assert.Equal("Storm closes ports along the coast", article.Title);
        Assert.Equal(["Ships stayed in harbour on Monday."], article.Paragraphs);
    }

    [Fact]
    public void One_paragraph_per_line_as_in_news_datasets()
    {
        var article = Read.Article(
            "Markets rally after rate decision\n" +
            "Stocks rose sharply on Wednesday after the central bank held interest rates, surprising analysts who had expected a rise.\n" +
            "The main index closed up 2.1 percent, its best day since March.\n" +
            "Bond yields fell across the curve.");

        Assert.Equal(SourceFormat.PlainText, article.Format);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("Bond yields fell across the curve.", article.Paragraphs[2]);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_separated_by_blank_lines_are_joined()
    {
        var article = Read.Article(
            "Council approves new cycle lanes\n\n" +
            "The city council voted on Tuesday to build twelve kilometres of\n" +
            "protected cycle lanes across the centre, a plan that has divided\n" +
            "shopkeepers and residents for more than two years.\n\n" +
            "Work is due to start in the spring and to take eighteen months,\n" +
            "according to the transport department.\n");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The city council voted on Tuesday to build twelve kilometres of protected cycle lanes", article.Paragraphs[0]);
        Assert.EndsWith("for more than two years.", article.Paragraphs[0]);
        Assert.Equal("Work is due to start in the spring and to take eighteen months, according to the transport department.", article.Paragraphs[1]);
    }

    [Fact]
    public void Short_lines_that_each_end_a_sentence_stay_separate_paragraphs()
    {
        var article = Read.Article(
            "Five things we learnt this week\n\n" +
            "Prices rose again.\n" +
            "Unemployment fell to a ten-year low.\n" +
            "The bank left rates unchanged.\n");

        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void List_items_and_separators_are_told_apart_from_paragraphs()
    {
        var document = Reading.Formats.PlainTextParser.Parse(Reading.Text.LineSplitter.Split(
            "Title\nA paragraph.\n-\n- first item\n* second item\n1. numbered item\n---"));

        Assert.Equal(
            ["Heading", "Paragraph", "Separator", "ListItem", "ListItem", "ListItem", "Separator"],
            document.Blocks.Select(b => b.Kind.ToString()));
        Assert.Equal("first item", document.Blocks[3].Text);
    }

    [Theory]
    [InlineData("Title\r\nFirst.\r\nSecond.")]
    [InlineData("Title\rFirst.\rSecond.")]
    [InlineData("Title\nFirst.\r\nSecond.")]
    [InlineData("\uFEFFTitle\nFirst.\nSecond.")]
    [InlineData("Title\u2028First.\u2029Second.")]
    public void Every_kind_of_line_ending_and_a_byte_order_mark_read_the_same(string text)
    {
        var article = Read.Article(text);

        Assert.Equal("Title", article.Title);
        Assert.Equal(["First.", "Second."], article.Paragraphs);
    }
}
