using Corpus.Reading.Extraction;

namespace Corpus.Reader.Tests.Extraction;

public class SourceAndPublisherTests
{
    private const string Body = "The ministers met in London on Tuesday to talk about the hotline and other matters.";

    [Theory]
    [InlineData("Original url:\n\n<https://www.themoscowtimes.com/2011/02/15/hotline-a5019>", "https://www.themoscowtimes.com/2011/02/15/hotline-a5019")]
    [InlineData("Original url: https://www.themoscowtimes.com/2011/02/15/hotline-a5019", "https://www.themoscowtimes.com/2011/02/15/hotline-a5019")]
    [InlineData("Source: <https://www.bbc.co.uk/news/world-12345>", "https://www.bbc.co.uk/news/world-12345")]
    [InlineData("Source:\n\nhttps://www.bbc.co.uk/news/world-12345", "https://www.bbc.co.uk/news/world-12345")]
    [InlineData("Read more at: [The Guardian](https://www.theguardian.com/world/2013/mar/13/russia)", "https://www.theguardian.com/world/2013/mar/13/russia")]
    [InlineData("Originally published at https://blog.example.org/post", "https://blog.example.org/post")]
    [InlineData("Источник: https://ria.ru/20110215/334567890.html", "https://ria.ru/20110215/334567890.html")]
    public void Reads_the_original_address_from_the_footer(string footer, string url)
    {
        var article = Read.Article($"# Title\n\n{Body}\n\n{footer}\n");

        Assert.Equal(url, article.OriginalUrl);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Fact]
    public void Reads_the_original_address_in_plain_text()
    {
        var article = Read.Article($"Title\n{Body}\nOriginal url:\nhttps://www.reuters.com/article/us-britain-russia-idUS123\n");

        Assert.Equal("https://www.reuters.com/article/us-britain-russia-idUS123", article.OriginalUrl);
        Assert.Equal("Reuters", article.Publisher);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Theory]
    [InlineData("https://example.com/news")]
    [InlineData("Source: the Foreign Office")]
    [InlineData("Original url:")]
    [InlineData("Source: ftp://example.com/file")]
    public void Leaves_footers_without_an_address(string footer)
    {
        var article = Read.Article($"# Title\n\n{Body}\n\n{footer}\n");

        Assert.Null(article.OriginalUrl);
        Assert.Null(article.Publisher);
        Assert.Contains(article.Paragraphs, p => p.Length > 0 && footer.StartsWith(p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_line_in_the_middle_of_the_story_is_text()
    {
        var article = Read.Article($"# Title\n\n{Body}\n\nSource: <https://example.com/report>\n\n{Body}\n");

        Assert.Null(article.OriginalUrl);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("https://www.themoscowtimes.com/2011/02/15/x", "The Moscow Times")]
    [InlineData("https://themoscowtimes.com/x", "The Moscow Times")]
    [InlineData("https://www.bbc.co.uk/news/x", "BBC")]
    [InlineData("https://news.bbc.co.uk/2/hi/europe/x.stm", "BBC")]
    [InlineData("https://edition.cnn.com/2011/02/15/x", "CNN")]
    [InlineData("https://uk.reuters.com/article/x", "Reuters")]
    [InlineData("https://tass.ru/politika/123", "TASS")]
    [InlineData("https://tass.com/politics/123", "TASS")]
    [InlineData("https://www.kommersant.ru/doc/123", "Kommersant")]
    [InlineData("https://meduza.io/feature/x", "Meduza")]
    [InlineData("https://www.example-news.org/x", "example-news.org")]
    [InlineData("https://blog.example.co.uk/x", "blog.example.co.uk")]
    [InlineData("https://notbbc.com/x", "notbbc.com")]
    [InlineData("not a url", null)]
    public void Names_the_publisher_from_the_address(string url, string? publisher) =>
        Assert.Equal(publisher, PublisherTable.ForUrl(url));
}
