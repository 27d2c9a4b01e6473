using Corpus.Reading.Model;

namespace Corpus.Reader.Tests;

public class SampleArticleTests
{
    [Fact]
    public void The_plain_text_seed_is_read_as_plain_text_with_its_headline()
    {
        var article = Read.SampleArticle("000_adab332ab06b8a70.txt");

        Assert.Equal(SourceFormat.PlainText, article.Format);
        Assert.Equal("Russia may be coming in from cold after talks with Hague", article.Title);
        Assert.StartsWith("Britain signalled that it was ready", article.Paragraphs[0]);
    }

    [Fact]
    public void The_markdown_seed_in_a_txt_file_is_read_as_markdown()
    {
        var article = Read.SampleArticle("004_0576b9eab734e85a.txt");

        Assert.Equal(SourceFormat.Markdown, article.Format);
        Assert.Equal("Britain, Russia to Reach Out Via Hotline", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("**", StringComparison.Ordinal) || p.Contains("](", StringComparison.Ordinal));
    }
}
