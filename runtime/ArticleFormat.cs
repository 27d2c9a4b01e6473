namespace Corpus;

/// <summary>The format an article file was written in, detected from its content rather than its file name.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: the title on the first line, paragraphs one per line or separated by blank lines.</summary>
    PlainText = 0,

    /// <summary>Markdown (CommonMark), optionally with YAML front matter.</summary>
    Markdown = 1,
}
