using Corpus;

namespace NewsReader;

/// <summary>Prints articles to the console: a list of all of them, or every field of one.</summary>
internal static class ArticleViews
{
    private const int PreviewLength = 160;

    public static void List(IReadOnlyList<Article> articles)
    {
        Console.WriteLine($"{articles.Count} articles");
        foreach (var article in articles)
        {
            Console.WriteLine();
            Console.WriteLine(article.Title);
            Console.WriteLine($"  id:      {article.Id}");
            Console.WriteLine($"  authors: {Or(string.Join(", ", article.Authors.Select(a => a.Name)))}");
            Console.WriteLine($"  date:    {Or(article.Published?.ToString("yyyy-MM-dd"))}");
            Console.WriteLine($"  words:   {article.WordCount}");
            Console.WriteLine($"  opens:   {Preview(article.Paragraphs.FirstOrDefault())}");
        }

        Console.WriteLine();
        Console.WriteLine("Show one in full: dotnet run --project samples/NewsReader -- <id>");
    }

    public static void Detail(Article article)
    {
        Console.WriteLine(article.Title);
        Console.WriteLine(new string('=', Math.Min(article.Title.Length, 80)));
        Field("Id", article.Id);
        Field("Source", article.SourcePath);
        Field("Format", article.Format.ToString());
        Field("Authors", string.Join("; ", article.Authors.Select(a => a.Url is null ? a.Name : $"{a.Name} <{a.Url}>")));
        Field("Published", article.Published?.ToString("yyyy-MM-dd"));
        Field("Dateline", article.Dateline);
        Field("Publisher", article.Publisher);
        Field("Original URL", article.OriginalUrl?.ToString());
        Field("Credits", string.Join(", ", article.Credits));
        Field("Language", article.Language);
        Field("Tags", string.Join(", ", article.Tags));
        Field("Words", article.WordCount.ToString());
        foreach (var image in article.Images)
        {
            Field("Image", $"{image.Caption} [{image.Credit}] {image.Url}".Trim());
        }

        foreach (var (key, value) in article.Metadata)
        {
            Field("Meta " + key, value);
        }

        Console.WriteLine();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            Console.WriteLine($"[{i + 1}] {article.Paragraphs[i]}");
            Console.WriteLine();
        }

        foreach (var removed in article.Removed)
        {
            Console.WriteLine($"(removed {removed.Kind}) {removed.Text}");
        }
    }

    private static void Field(string name, string? value) => Console.WriteLine($"{name + ":",-14}{Or(value)}");

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? "—" : value;

    private static string Preview(string? text) =>
        text is null ? "—" : text.Length <= PreviewLength ? text : text[..PreviewLength].TrimEnd() + "…";
}
