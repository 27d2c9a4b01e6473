using Corpus.Reading;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests;

/// <summary>Helpers for reading test input: text as it would come from a file.</summary>
internal static class Read
{
    public static ReadResult Text(string text, string path = "articles/test.txt", TextEncoding encoding = TextEncoding.Utf8) =>
        ArticleReader.Read(new ArticleFile(path, text, encoding));

    public static ArticleModel Article(string text, string path = "articles/test.txt")
    {
        var result = Text(text, path);
        Assert.True(result.Article is not null, "The text was left out: " + string.Join("; ", result.Diagnostics));
        return result.Article!;
    }

    /// <summary>An article file shipped with the sample (a copy of the seed articles).</summary>
    public static ArticleModel SampleArticle(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SampleArticles", fileName);
        return Article(File.ReadAllText(path), "articles/" + fileName);
    }
}
