using System;

namespace Corpus;

/// <summary>
/// A run of text found in an article file but left out of its <see cref="Article.Paragraphs"/>, kept so that nothing
/// is lost and every decision can be seen and overruled.
/// </summary>
/// <param name="Kind">Why the text was removed.</param>
/// <param name="Text">The removed text as it stood in the file, whitespace normalised.</param>
public sealed record RemovedText(RemovedTextKind Kind, string Text)
{
    /// <summary>The removed text.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
