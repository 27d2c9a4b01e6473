using System.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Seeded random article files for property tests: plain text, Markdown and front matter built from characters that
/// are hard to carry into C# (quotes, backslashes, raw-string and comment delimiters, preprocessor lines, format
/// placeholders, control characters, NUL, the compiler's line breaks, bidi marks, emoji, combining marks), random
/// line endings, and files of random bytes decoded the way the compiler decodes them.
/// </summary>
internal static class FuzzArticles
{
    private static readonly string[] Nasty =
    [
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "\n#endif\n", "#if DEBUG", "{0}", "{{", "}}", "\t", "\0", "\u0001", "\u001F", "\u007F",
        "\u0085", "\u2028", "\u2029", "\u200F", "\u200E", "\u202E", "\u2066", "\uFEFF", "\u00AD", "\u00A0", "🚀", "👩‍👩‍👧", "𝒜", "e\u0301",
        "<summary>", "</para>", "&amp;", "]]>", "-->", "$\"", "@\"", "u8", "'", "`", "\r", "\r\n", "\uE000", "\uFFFD", "\u0000\u0000",
        "Россия", "مرحبا", "日本語", "Ελλάδα", "ß", "İ", "ǅ", "٣", "Ⅻ",
    ];

    private static readonly string[] Words =
    [
        "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "continue", "London", "Moscow", "2011", "polonium-210",
        "переговоры", "продолжатся", "les", "négociations", "continueront", "die", "Gespräche", "All", "Count", "TryGet", "class", "namespace",
    ];

    private static readonly string[] LineEndings = ["\n", "\r\n", "\r", "\u2028"];

    public static TestArticle Create(Random random, int index)
    {
        var path = $"fuzz/{index:D5}.{(random.Next(2) == 0 ? "txt" : "md")}";
        return random.Next(10) switch
        {
            0 => RandomBytes(random, path),
            1 or 2 => new TestArticle(path, Markdown(random, frontMatter: random.Next(2) == 0)),
            3 => new TestArticle(path, Structure(random)),
            _ => new TestArticle(path, PlainText(random)),
        };
    }

    private static string PlainText(Random random)
    {
        var newline = Pick(random, LineEndings);
        var builder = new StringBuilder(Phrase(random, 1, 8));
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            builder.Append(newline);
            if (random.Next(4) == 0)
            {
                builder.Append(newline);
            }

            builder.Append(Phrase(random, 0, 40));
        }

        return builder.ToString();
    }

    private static string Markdown(Random random, bool frontMatter)
    {
        var builder = new StringBuilder();
        if (frontMatter)
        {
            builder.Append("---\ntitle: \"").Append(Phrase(random, 1, 5).Replace("\"", "'", StringComparison.Ordinal).Replace("\\", "/", StringComparison.Ordinal)).Append("\"\n")
                .Append(random.Next(2) == 0 ? "tags: [a, b]\n" : "broken: [unclosed\n")
                .Append("---\n");
        }

        builder.Append("# ").Append(Phrase(random, 1, 8)).Append("\n\n");
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            builder.Append(random.Next(6) switch
            {
                0 => "- " + Phrase(random, 1, 6) + "\n- " + Phrase(random, 1, 6),
                1 => "> " + Phrase(random, 1, 12),
                2 => "*" + Phrase(random, 1, 4) + "* and **" + Phrase(random, 1, 4) + "** [" + Phrase(random, 1, 3) + "](https://example.org/" + random.Next(1000) + ")",
                3 => "```\n" + Phrase(random, 1, 10) + "\n```",
                4 => "<div>" + Phrase(random, 1, 6) + "</div>",
                _ => Phrase(random, 0, 30),
            }).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Structure(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            builder.Append(random.Next(5) switch
            {
                0 => "   ",
                1 => "-",
                2 => "\t\t",
                _ => Phrase(random, 0, 10),
            }).Append(Pick(random, LineEndings));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Random bytes, decoded as the generator decodes a file on disk (UTF-8 when valid, else Windows-1252). The test
    /// file is in memory, so its encoding tells the generator which of the two happened.
    /// </summary>
    private static TestArticle RandomBytes(Random random, string path)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            // Mostly printable, so that some of these files are read as (odd) articles rather than binary.
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = bytes[i] < 0x20 && bytes[i] != 0x0A ? (byte)(bytes[i] + 0x41) : bytes[i];
            }
        }

        var decoded = Corpus.Reading.Text.ArticleDecoder.Decode(bytes);
        return new TestArticle(path, decoded.Text, decoded.Encoding == Corpus.Reading.Model.TextEncoding.Utf8 ? Encoding.UTF8 : Encoding.Latin1);
    }

    private static string Phrase(Random random, int minWords, int maxWords)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(minWords, maxWords + 1); i > 0; i--)
        {
            builder.Append(random.Next(3) == 0 ? Pick(random, Nasty) : Pick(random, Words));
            builder.Append(random.Next(5) == 0 ? Pick(random, Nasty) : " ");
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
