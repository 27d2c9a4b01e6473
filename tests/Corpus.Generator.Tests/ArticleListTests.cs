using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Tests;

/// <summary>The list of article files the package's targets hand the compiler, as the generator reads it.</summary>
public class ArticleListTests
{
    [Fact]
    public void Every_listed_path_is_an_article_with_its_junk_metadata()
    {
        var list = ArticleList.Parse("CorpusArticles/1\r\n/p/a.txt\t\r\n/p/b b.md\tKeep\n/p/c.txt\n\n");

        Assert.True(list.Contains("/p/a.txt", out var a));
        Assert.Null(a);
        Assert.True(list.Contains("/p/b b.md", out var b));
        Assert.Equal("Keep", b);
        Assert.True(list.Contains("/p/c.txt", out _));
        Assert.False(list.Contains("/p/d.txt", out _));
        Assert.False(list.Contains("/P/A.TXT", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/p/a.txt\t\n")]
    [InlineData("CorpusArticles/2\n/p/a.txt\t\n")]
    public void A_text_that_is_no_list_of_this_version_lists_nothing(string? text) =>
        Assert.False(ArticleList.Parse(text).Contains("/p/a.txt", out _));

    [Fact]
    public void Lists_are_equal_when_their_texts_are()
    {
        Assert.Equal(ArticleList.Parse("CorpusArticles/1\n/p/a.txt\t\n"), ArticleList.Parse("CorpusArticles/1\n/p/a.txt\t\n"));
        Assert.NotEqual(ArticleList.Parse("CorpusArticles/1\n/p/a.txt\t\n"), ArticleList.Parse("CorpusArticles/1\n/p/a.txt\tKeep\n"));
    }

    [Fact]
    public void A_written_list_reads_back_every_path_with_its_junk_metadata()
    {
        var files = new (string Path, string? Junk)[] { ("/p/a b.txt", null), ("/p/ünï/c.md", "Keep"), ("C:\\p\\d.txt", "Drop;Keep") };

        var text = ArticleList.Write(files);
        var list = ArticleList.Parse(text);

        Assert.StartsWith(ArticleList.Header + "\n", text, StringComparison.Ordinal);
        foreach (var (path, junk) in files)
        {
            Assert.True(list.Contains(path, out var read));
            Assert.Equal(junk, read);
        }

        Assert.False(list.Contains("/p/a", out _));
    }
}
