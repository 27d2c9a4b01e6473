using Corpus.Reading.Model;

namespace Corpus.StoreWriting;

/// <summary>One article file as the compiler is handed it: an additional file whose <c>CorpusArticle</c> metadata is <c>true</c>.</summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Junk">Its <c>Junk</c> metadata, empty when it has none.</param>
internal sealed record ArticleItem(string FullPath, string Junk)
{
    /// <summary>Whether an item's <c>CorpusArticle</c> metadata marks it as an article, by the generator's rule.</summary>
    public static bool IsArticle(string corpusArticleMetadata) => ArticleSettings.IsSet(corpusArticleMetadata);
}
