using System.Text;

namespace Corpus.Testing;

/// <summary>One synthetic article file: its project-relative path and its bytes.</summary>
internal sealed record SyntheticFile(string Path, byte[] Bytes);

/// <summary>
/// A seeded, reproducible corpus shaped like the real ones: numbered files with meaningless names, about half plain
/// text (headline on line 1, a paragraph a line) and half Markdown (heading, byline, date line, links, emphasis, a wire
/// credit and a source-URL footer), one article in five with Cyrillic text, and accented Latin words throughout. The
/// benchmarks measure on it, and the tests check on it that a realistic corpus is read whole and edited incrementally.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] English =
    [
        "the", "government", "announced", "on", "Tuesday", "that", "new", "measures", "would", "take", "effect", "next", "month",
        "according", "to", "officials", "who", "spoke", "on", "condition", "of", "anonymity", "while", "markets", "rose", "sharply",
        "after", "the", "central", "bank", "held", "interest", "rates", "and", "analysts", "said", "the", "outlook", "remained", "uncertain",
    ];

    private static readonly string[] Accented = ["café", "déjà", "naïve", "Zürich", "São", "Paulo", "Kraków", "Málaga", "Ørsted", "façade"];

    private static readonly string[] Russian =
    [
        "правительство", "объявило", "во", "вторник", "что", "новые", "меры", "вступят", "в", "силу", "в", "следующем", "месяце",
        "по", "словам", "чиновников", "рынки", "выросли", "после", "того", "как", "центральный", "банк", "сохранил", "ставку",
    ];

    /// <param name="count">How many articles.</param>
    /// <param name="averageBytes">The average size of an article's file.</param>
    /// <param name="seed">The same seed gives the same corpus, byte for byte.</param>
    public static IReadOnlyList<SyntheticFile> Create(int count, int averageBytes = 5000, int seed = 42)
    {
        var random = new Random(seed);
        var files = new List<SyntheticFile>(count);
        for (var i = 0; i < count; i++)
        {
            var markdown = random.Next(2) == 0;
            var words = random.Next(5) == 0 ? Russian : English;
            var target = random.Next(averageBytes / 2, averageBytes * 3 / 2);
            var text = markdown ? Markdown(random, words, target, i) : PlainText(random, words, target, i);
            files.Add(new SyntheticFile($"articles/{i:D6}_{random.NextInt64():x16}.{(random.Next(3) == 0 ? "md" : "txt")}", Encoding.UTF8.GetBytes(text)));
        }

        return files;
    }

    /// <summary>Writes the corpus under <paramref name="directory"/>, keeping each file's relative path.</summary>
    public static void WriteTo(string directory, IEnumerable<SyntheticFile> files)
    {
        foreach (var file in files)
        {
            var path = System.IO.Path.Combine(directory, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    private static string PlainText(Random random, string[] words, int target, int index)
    {
        var builder = new StringBuilder().Append(Sentence(random, words, 6, 12, index)).Append('\n');
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < target)
        {
            builder.Append(Paragraph(random, words)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Markdown(Random random, string[] words, int target, int index)
    {
        var builder = new StringBuilder()
            .Append("# ").Append(Sentence(random, words, 6, 12, index)).Append("\n\n")
            .Append("By [").Append(Pick(random, ["Ann Writer", "Boris Petrov", "Chloé Martin"])).Append("](#)\n\n")
            .Append(Pick(random, ["January", "March", "July", "October"])).Append(' ').Append(random.Next(1, 29)).Append(", ").Append(random.Next(1995, 2025)).Append("\n\n");
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < target)
        {
            var paragraph = Paragraph(random, words);
            builder.Append(random.Next(4) == 0 ? "Some *emphasis* and a [link](https://example.org/" + random.Next(10000) + ") in " + paragraph : paragraph).Append("\n\n");
        }

        return builder.Append("*(Reuters)*\n\nOriginal url:\n\n<https://example.org/news/").Append(index).Append(">\n").ToString();
    }

    private static string Paragraph(Random random, string[] words)
    {
        var builder = new StringBuilder();
        for (var s = random.Next(2, 6); s > 0; s--)
        {
            builder.Append(Sentence(random, words, 8, 24, -1)).Append(". ");
        }

        return builder.ToString().TrimEnd();
    }

    private static string Sentence(Random random, string[] words, int min, int max, int index)
    {
        var builder = new StringBuilder();
        for (var w = random.Next(min, max); w > 0; w--)
        {
            builder.Append(random.Next(12) == 0 ? Pick(random, Accented) : Pick(random, words)).Append(' ');
        }

        if (index >= 0)
        {
            // Titles stay distinct, as in a real archive.
            builder.Append(index);
        }

        var sentence = builder.ToString().TrimEnd();
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
