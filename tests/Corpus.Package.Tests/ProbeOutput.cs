using System.Text.Json;

namespace Corpus.Package.Tests;

/// <summary>What a probe's program printed: the corpus as the compiled assembly holds it.</summary>
/// <param name="Count">The value of <c>Articles.Count</c>.</param>
/// <param name="Articles">Every article in <c>Articles.All</c>, in its order.</param>
/// <param name="Typed">The title read through a generated article property, when the probe reads one.</param>
internal sealed record ProbeOutput(int Count, IReadOnlyList<ProbeArticle> Articles, string? Typed)
{
    /// <summary>The program's output, or <see langword="null"/> when its last line is not the JSON it prints.</summary>
    public static ProbeOutput? Parse(ProcessResult run)
    {
        try
        {
            return run.Lines.LastOrDefault() is { } last ? JsonSerializer.Deserialize<ProbeOutput>(last) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The article read from <paramref name="sourcePath"/>, or <see langword="null"/>.</summary>
    public ProbeArticle? Find(string sourcePath) => Articles.SingleOrDefault(article => article.SourcePath == sourcePath);
}

/// <summary>One article as the probe's program printed it.</summary>
internal sealed record ProbeArticle(string SourcePath, string Title, string Id, IReadOnlyList<string> Paragraphs, string Text)
{
    public string Format { get; init; } = "";

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Published { get; init; }

    public string? Dateline { get; init; }

    public string? Publisher { get; init; }

    public string? OriginalUrl { get; init; }

    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>Each picture as "caption | credit".</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    public string? Language { get; init; }

    public int WordCount { get; init; }
}
