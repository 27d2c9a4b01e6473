namespace Corpus.Package.Tests;

/// <summary>The probe that must build with no warning at all: the sample articles and one article with front matter.</summary>
internal static class SampleProbe
{
    /// <summary>The headlines of the sample articles the probe is given (samples/NewsReader/articles).</summary>
    public static readonly IReadOnlyList<string> SampleTitles =
    [
        "Russia may be coming in from cold after talks with Hague",
        "Britain, Russia to Reach Out Via Hotline",
    ];

    /// <summary>The headline of the probe's own article, written with YAML front matter.</summary>
    public const string FrontMatterTitle = "Packed Analyzer Reads Front Matter";

    /// <summary>The number of paragraphs in the body of the probe's own article.</summary>
    public const int FrontMatterParagraphs = 2;

    /// <summary>The article the fixture edits between two builds, to see the store written again.</summary>
    public const string EditedArticle = "articles/front-matter.md";

    /// <summary>What <see cref="EditedArticle"/> holds once edited.</summary>
    public const string EditedArticleText = $"""
        ---
        title: {FrontMatterTitle}
        ---

        # {FrontMatterTitle}

        Edited after the first build, so that the next build has to write the store again and embed it again.
        """;

    /// <summary>The generated property the probe's program reads: the second sample's.</summary>
    public const string TypedProperty = "BritainRussiaToReachOutViaHotline";

    // Title and heading agree, so the expected title holds whether or not front matter takes precedence.
    private const string FrontMatterArticle = $"""
        ---
        title: {FrontMatterTitle}
        date: 2011-05-04
        tags: [probe, front-matter]
        ---

        # {FrontMatterTitle}

        The compiler loaded the source generator from the package, and the generator read this file through the
        Markdown and YAML libraries that ship beside it.

        A second paragraph makes sure that the body is split where a blank line separates two blocks of text.
        """;

    /// <summary>The sample articles, copied byte for byte, and the front-matter article.</summary>
    public static IReadOnlyList<ProbeFile> Articles() =>
    [
        .. Directory.GetFiles(Path.Combine(BuildSettings.RepositoryRoot, "samples", "NewsReader", "articles"))
            .Order(StringComparer.Ordinal)
            .Select(sample => new ProbeFile("articles/" + Path.GetFileName(sample), File.ReadAllBytes(sample))),
        ProbeFile.Utf8("articles/front-matter.md", FrontMatterArticle),
    ];
}

/// <summary>
/// The probe whose articles are each wrong in one way, so that every diagnostic can be seen where the compiler
/// reports it, and each way of changing a rule's severity can be tried on a rule of its own.
/// </summary>
internal static class BadFilesProbe
{
    /// <summary>Saved as Windows-1252: é, è and û are single bytes, and 0x96, 0x80 and 0x85 are – € and …, which ISO-8859-1 would read as control characters.</summary>
    public const string LegacyFile = "articles/legacy.txt";

    /// <summary>The title the Windows-1252 file must be read with.</summary>
    public const string LegacyTitle = "Café society";

    /// <summary>The text the Windows-1252 file must be read with.</summary>
    public const string LegacyText = "A café in Montmartre – crème brûlée for 5 € …";

    /// <summary>Empty: CORPUS003.</summary>
    public const string EmptyFile = "articles/empty.txt";

    /// <summary>Valid UTF-8 holding NUL characters: CORPUS004.</summary>
    public const string NulFile = "articles/nul.dat";

    /// <summary>The start of a JPEG: not UTF-8, with NULs in a row, which the compiler itself calls binary (CS2015): CORPUS004.</summary>
    public const string PhotoFile = "articles/photo.jpg";

    /// <summary>The first of two articles with the same title; it keeps the name and the id.</summary>
    public const string FirstSameTitleFile = "articles/same-a.txt";

    /// <summary>The second of two articles with the same title: CORPUS008 and CORPUS009.</summary>
    public const string SecondSameTitleFile = "articles/same-b.txt";

    /// <summary>A title and no text: CORPUS007.</summary>
    public const string StubFile = "articles/stub.txt";

    /// <summary>Another title and no text: CORPUS007, which a more specific <c>.editorconfig</c> section raises to an error.</summary>
    public const string SecondStubFile = "articles/stub-2.txt";

    /// <summary>A title with no letter or digit: CORPUS013.</summary>
    public const string SymbolsFile = "articles/symbols.txt";

    /// <summary>A C# file with an unused variable (CS0168), which shows whether a severity setting reaches C# files.</summary>
    public const string ControlSource = "Control.cs";

    /// <summary>Every article file with the warnings it must be reported with.</summary>
    public static readonly IReadOnlyList<(string File, string Id)> ExpectedWarnings =
    [
        (EmptyFile, "CORPUS003"),
        (NulFile, "CORPUS004"),
        (PhotoFile, "CORPUS004"),
        (LegacyFile, "CORPUS005"),
        (StubFile, "CORPUS007"),
        (SecondStubFile, "CORPUS007"),
        (SecondSameTitleFile, "CORPUS008"),
        (SecondSameTitleFile, "CORPUS009"),
        (SymbolsFile, "CORPUS013"),
    ];

    /// <summary>The article files.</summary>
    public static IReadOnlyList<ProbeFile> Articles() =>
    [
        new(LegacyFile, [.. "Caf"u8, 0xE9, .. " society\nA caf"u8, 0xE9, .. " in Montmartre "u8, 0x96, .. " cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, .. "e for 5 "u8, 0x80, .. " "u8, 0x85, .. "\n"u8]),
        new(EmptyFile, []),
        ProbeFile.Utf8(NulFile, "GIF89a\0\0\u0001\u0002\0\0\0\0\0\0,\0\0\0\0\u0001\0\u0001\0\0\u0002\u0002D\u0001\0;"),
        new(PhotoFile, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00]),
        ProbeFile.Utf8(FirstSameTitleFile, "Same title\nThe first article by path keeps the name and the id.\n"),
        ProbeFile.Utf8(SecondSameTitleFile, "Same title\nThe second one gets a numbered name and id.\n"),
        ProbeFile.Utf8(StubFile, "A headline alone\n"),
        ProbeFile.Utf8(SecondStubFile, "Another headline alone\n"),
        ProbeFile.Utf8(SymbolsFile, "?!…\nA title with no letter or digit to make a name from.\n"),
    ];

    /// <summary>The C# sources besides the program.</summary>
    public static IReadOnlyDictionary<string, string> Sources() => new Dictionary<string, string>
    {
        [ControlSource] = "internal static class Control\n{\n    private static void Unused()\n    {\n        int unused;\n    }\n}\n",
    };

    /// <summary>
    /// A global analyzer config, picked up from the project directory: turns CORPUS003 off and CORPUS004 into an error.
    /// </summary>
    public const string GlobalConfig = """
        is_global = true
        dotnet_diagnostic.CORPUS003.severity = none
        dotnet_diagnostic.CORPUS004.severity = error
        """;

    /// <summary>
    /// An <c>.editorconfig</c>. Its section for every file would make CORPUS013 an error, and makes CS0168 one, which
    /// shows that the file is read and applied. Corpus's own key turns CORPUS007 off for the article files, and a more
    /// specific section, later in the file, makes it an error for one of them.
    /// </summary>
    public const string EditorConfig = """
        root = true

        [*]
        dotnet_diagnostic.CORPUS013.severity = error
        dotnet_diagnostic.CS0168.severity = error

        [articles/*.txt]
        corpus_diagnostic.CORPUS007.severity = none

        [articles/stub-2.txt]
        corpus_diagnostic.CORPUS007.severity = error
        """;

    /// <summary>MSBuild properties: <c>NoWarn</c> turns CORPUS008 off, <c>WarningsAsErrors</c> makes CORPUS009 an error.</summary>
    public static readonly IReadOnlyList<string> SeverityProperties = ["-p:NoWarn=CORPUS008", "-p:WarningsAsErrors=CORPUS009"];
}
