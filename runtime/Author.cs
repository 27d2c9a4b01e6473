using System;

namespace Corpus;

/// <summary>A person or desk credited in an article's byline or front matter.</summary>
/// <param name="Name">The name as written, for example <c>Howard Amos</c> or <c>Staff Reporter</c>.</param>
/// <param name="Url">A link to the author's page when the byline or front matter gives one; otherwise <see langword="null"/>.</param>
public sealed record Author(string Name, Uri? Url = null)
{
    /// <summary>The name as written.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
