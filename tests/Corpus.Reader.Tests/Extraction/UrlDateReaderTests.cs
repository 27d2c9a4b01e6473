using Corpus.Reading.Extraction;

namespace Corpus.Reader.Tests.Extraction;

public class UrlDateReaderTests
{
    [Theory]
    [InlineData("https://www.themoscowtimes.com/2011/02/15/britain-russia-a5019", "2011-02-15")]
    [InlineData("https://www.theguardian.com/world/2013/mar/13/russia", null)]
    [InlineData("https://www.nytimes.com/2011/02/16/world/europe/16russia.html", "2011-02-16")]
    [InlineData("https://blog.example.org/2019/12/01", "2019-12-01")]
    [InlineData("https://ria.ru/20110215/334567890.html", "2011-02-15")]
    [InlineData("https://example.com/articles/12345678", null)]
    [InlineData("https://example.com/2011/13/45/not-a-date", null)]
    [InlineData("https://example.com/news/britain-russia", null)]
    [InlineData("/2011/02/15/relative", null)]
    [InlineData(null, null)]
    public void Reads_the_date_in_a_news_path(string? url, string? expected) =>
        Assert.Equal(expected, UrlDateReader.Read(url)?.ToString());
}
