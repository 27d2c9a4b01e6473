namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>The article files shipped with the NewsReader sample (copies of the real seed articles).</summary>
internal static class SampleArticles
{
    public static IReadOnlyList<TestArticle> All { get; } = Directory
        .EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "SampleArticles"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => new TestArticle("articles/" + Path.GetFileName(path), File.ReadAllText(path)))
        .ToList();
}
