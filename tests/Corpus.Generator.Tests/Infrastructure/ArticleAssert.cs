using Corpus.Reading.Model;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Checks that a compiled <see cref="Article"/> holds every field of the model the reader produced.</summary>
internal static class ArticleAssert
{
    public static void Holds(ArticleModel model, Article article)
    {
        Assert.Equal(model.SourcePath, article.SourcePath);
        Assert.Equal((int)model.Format, (int)article.Format);
        Assert.Equal(model.Title, article.Title);
        Assert.Equal(model.Authors.Select(a => (a.Name, Url(a.Url))), article.Authors.Select(a => (a.Name, a.Url?.OriginalString)));
        Assert.Equal(model.Published?.ToString(), article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(model.Dateline, article.Dateline);
        Assert.Equal(model.Publisher, article.Publisher);
        Assert.Equal(Url(model.OriginalUrl), article.OriginalUrl?.OriginalString);
        Assert.Equal(model.Credits.AsImmutableArray(), article.Credits);
        Assert.Equal(model.Images.Select(i => (i.Caption, i.Credit, Url(i.Url))), article.Images.Select(i => (i.Caption, i.Credit, i.Url?.OriginalString)));
        Assert.Equal(model.Tags.AsImmutableArray(), article.Tags);
        Assert.Equal(model.Metadata.Select(m => (m.Key, m.Value)), article.Metadata.Select(m => (m.Key, m.Value)));
        Assert.Equal(model.WordCount, article.WordCount);
        Assert.Equal(model.Language, article.Language);
        Assert.Equal(model.Removed.Select(r => ((int)r.Kind, r.Text)), article.Removed.Select(r => ((int)r.Kind, r.Text)));
        Assert.Equal(model.Paragraphs.AsImmutableArray(), article.Paragraphs);
        Assert.Equal(string.Join("\n\n", model.Paragraphs), article.Text);
    }

    /// <summary>What the store keeps of an address: an absolute http(s) URL, trimmed, or nothing.</summary>
    private static string? Url(string? url) => Corpus.Reading.Extraction.WebAddress.AbsoluteOrNull(url);
}
