namespace Corpus;

/// <summary>Why a piece of a file was left out of an article's <see cref="Article.Paragraphs"/>.</summary>
public enum RemovedTextKind
{
    /// <summary>Text injected into the article that is not part of it: advertising, link spam, scams.</summary>
    Spam = 0,

    /// <summary>Site furniture around the article: navigation, share and comment blocks, notices.</summary>
    Boilerplate = 1,
}
