using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// Every diagnostic Corpus reports, in one place. Ids are stable; each is listed in AnalyzerReleases.*.md and
/// documented in docs/diagnostics.md with an example and the fix. Every severity can be changed per rule: for the
/// project in a <c>.globalconfig</c> (<c>dotnet_diagnostic.CORPUS003.severity = none</c>), per article file or folder
/// in <c>.editorconfig</c> with Corpus's own key (<see cref="RuleSeverities"/>).
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Corpus";
    private const string HelpLinkBase = "https://www.nuget.org/packages/Corpus#";

    public static readonly DiagnosticDescriptor UnexpectedFailure = Rule(
        "CORPUS001", "Article could not be read", "Reading the article failed unexpectedly ({0}: {1}); it is left out",
        DiagnosticSeverity.Warning, "An unexpected error occurred while reading this file. The article is left out and the rest of the corpus is generated. Please report the file that causes it.");

    public static readonly DiagnosticDescriptor UnreadableFile = Rule(
        "CORPUS002", "Article file cannot be read", "The article file cannot be read; it is left out",
        DiagnosticSeverity.Warning, "The compiler could not open or read the file. Check that it exists and is readable.");

    public static readonly DiagnosticDescriptor EmptyFile = Rule(
        "CORPUS003", "Article file is empty", "The article file is empty or holds only white space; it is left out",
        DiagnosticSeverity.Warning, "An empty file makes no article. Remove it from the CorpusArticle items or give it content.");

    public static readonly DiagnosticDescriptor BinaryFile = Rule(
        "CORPUS004", "Article file is binary", "The article file holds binary data, not text; it is left out",
        DiagnosticSeverity.Warning, "The file contains NUL or many other control characters, so it is not a text article. Exclude it from the CorpusArticle items.");

    public static readonly DiagnosticDescriptor NotUtf8 = Rule(
        "CORPUS005", "Article file is not UTF-8", "The article file is not valid UTF-8; it was read as Windows-1252",
        DiagnosticSeverity.Warning, "Corpus reads articles as UTF-8. A file that is not valid UTF-8 is read as Windows-1252, the usual encoding of legacy Western text; re-save it as UTF-8 to be sure it reads as intended.");

    public static readonly DiagnosticDescriptor NoTitle = Rule(
        "CORPUS006", "Article has no title", "No title was found; the file name '{0}' is used as the title",
        DiagnosticSeverity.Warning, "A title comes from front matter, a Markdown heading or the first line of text. None was found, so the file name stands in.");

    public static readonly DiagnosticDescriptor NoBody = Rule(
        "CORPUS007", "Article has no text", "The article '{0}' has a title but no body text",
        DiagnosticSeverity.Warning, "Only a title was found. The article is kept with no paragraphs.");

    public static readonly DiagnosticDescriptor DuplicateName = Rule(
        "CORPUS008", "Two articles want the same member name", "The member name '{0}' is already taken by '{2}'; this article is named '{1}'",
        DiagnosticSeverity.Warning, "Two titles Pascal-case to the same name. The first article by source path keeps it and later ones get a numeric suffix. Give the articles distinct titles, or accept the suffixed name.");

    public static readonly DiagnosticDescriptor DuplicateId = Rule(
        "CORPUS009", "Two articles want the same id", "The id '{0}' is already taken by '{2}'; this article's id is '{1}'",
        DiagnosticSeverity.Warning, "Ids must be unique. The first article by source path keeps the id and later ones get a numeric suffix. Set a distinct id or slug in the front matter.");

    public static readonly DiagnosticDescriptor ReservedName = Rule(
        "CORPUS010", "Article name is a member of the generated class", "The member name '{0}' belongs to the generated class; this article is named '{1}'",
        DiagnosticSeverity.Info, "A title that Pascal-cases to All, Count, TryGet, a member of object or the class's own name gets the suffix 'Article'.");

    public static readonly DiagnosticDescriptor DuplicateFile = Rule(
        "CORPUS011", "Article file listed twice", "The article file '{0}' is listed more than once; it is read once",
        DiagnosticSeverity.Info, "The same file is included twice among the CorpusArticle items (or also as another AdditionalFiles item). It makes one article.");

    public static readonly DiagnosticDescriptor InvalidOption = Rule(
        "CORPUS012", "Invalid Corpus setting", "The {0} value '{1}' is not valid; {2} is used instead",
        DiagnosticSeverity.Warning, "CorpusNamespace must be a dotted C# name, CorpusClassName a C# identifier that is not a keyword, CorpusMaxArticleLength a positive whole number of characters, and CorpusJunk (the Junk item metadata, the corpus_junk front-matter key) one of Remove, Keep or Off.");

    public static readonly DiagnosticDescriptor FallbackName = Rule(
        "CORPUS013", "Title gives no member name", "The title '{0}' has no letter or digit to make a name from; the article is named '{1}'",
        DiagnosticSeverity.Warning, "Member names are the Pascal-cased words of the title. A title of punctuation or symbols alone gives none, so the fallback name 'Article' (with a numeric suffix when taken) is used. Give the article a title with words.");

    public static readonly DiagnosticDescriptor TooLarge = Rule(
        "CORPUS014", "Article file is too large", "The article file holds {0} characters, more than the limit of {1}; it is left out",
        DiagnosticSeverity.Warning, "A file this large is a data dump rather than an article, and would make the build slow and the assembly huge. Raise the limit with the MSBuild property CorpusMaxArticleLength if it really is one article.");

    public static readonly DiagnosticDescriptor MarkdownUnreadable = Rule(
        "CORPUS015", "Markdown could not be parsed", "The Markdown parser gave up on this file ({0}); it was read as plain text",
        DiagnosticSeverity.Warning, "The file looks like Markdown but nests deeper than the parser follows, which happens with runaway brackets or emphasis in scraped text. The article is kept, read as plain text. Check the file for broken markup.");

    public static readonly DiagnosticDescriptor MalformedFrontMatter = Rule(
        "CORPUS016", "Front matter is not valid YAML", "The front matter is not valid YAML: {0}; the article is read without it",
        DiagnosticSeverity.Warning, "The block between the opening and closing '---' lines does not parse as YAML, or is not a mapping of keys to values. The article's metadata is read from its text alone. Fix the YAML at the reported line.");

    public static readonly DiagnosticDescriptor InvalidFrontMatterValue = Rule(
        "CORPUS017", "Front-matter value cannot be used", "The front-matter key '{0}' has the value '{1}', which is not {2}; it is kept in Metadata only",
        DiagnosticSeverity.Warning, "A front-matter key that Corpus reads (see docs/reading.md) has a value of the wrong shape: a URL that is not absolute, a language that is not a two-letter code, an author that is neither a name nor a mapping with a name. The value is kept in the article's Metadata as written.");

    public static readonly DiagnosticDescriptor UnreadableDate = Rule(
        "CORPUS018", "Date cannot be read", "The date '{0}' cannot be read as a calendar date; it is not used",
        DiagnosticSeverity.Warning, "A front-matter date is in none of the forms listed in docs/reading.md, or a date names no real day (February 30). Write it as an ISO 8601 date (2011-02-15).");

    public static readonly DiagnosticDescriptor AmbiguousDate = Rule(
        "CORPUS019", "Date is ambiguous", "The date '{0}' reads both day-first and month-first; it is not guessed",
        DiagnosticSeverity.Warning, "A numeric date such as 03/04/2011 is 3 April in most of the world and March 4 in the United States. Corpus does not guess: the article gets its date from elsewhere (the original URL) or none. Write it as an ISO 8601 date (2011-04-03) or with the month's name.");

    public static readonly DiagnosticDescriptor DateContradictsUrl = Rule(
        "CORPUS020", "Date differs from the URL's date", "The published date {0} differs from the date {1} in the original URL '{2}'",
        DiagnosticSeverity.Warning, "The article's stated date and the /yyyy/mm/dd/ date in its original address disagree. The stated date is used. Check which is right; an article updated after publication, or a URL reused for another story, can cause it.");

    public static readonly DiagnosticDescriptor SpamFound = Rule(
        "CORPUS021", "Spam found in an article", "Injected spam {1}: '{0}'",
        DiagnosticSeverity.Warning, "A run of text inside a paragraph reads as injected spam: it breaks from the article's script, links to a site the article never mentions, uses the vocabulary of loan, casino, pill or essay spam, or repeats keywords. With CorpusJunk=Remove (the default) it is cut out of the paragraph and kept in Article.Removed. To keep it, set CorpusJunk=Keep for the project, Junk=\"Keep\" on the article's item, or corpus_junk: keep in its front matter.");

    public static readonly DiagnosticDescriptor BoilerplateFound = Rule(
        "CORPUS022", "Site furniture found in an article", "Site furniture {1}: '{0}'",
        DiagnosticSeverity.Info, "A block reads as the web site's furniture rather than the article: navigation and link lists, comment forms, share, subscribe and related-story blocks, cookie and newsletter notices, or a footer after a separator. With CorpusJunk=Remove (the default) it is left out of the paragraphs and kept in Article.Removed. To keep it, set CorpusJunk=Keep for the project, Junk=\"Keep\" on the article's item, or corpus_junk: keep in its front matter.");

    public static readonly DiagnosticDescriptor StoreMismatch = Rule(
        "CORPUS023", "Embedded article store does not match the articles", "The article store the build embedded does not match what the compiler read: {0}",
        DiagnosticSeverity.Error, "With CorpusStorage=Resource (the package's default) the package's build task reads the articles and embeds their text in the assembly, and the generator reads them again to emit the typed API. The two must agree exactly, or the program would show the wrong text; so the build fails instead. Build again: an article saved between the two reads (or, in an IDE, since the last build) causes it. If it persists, report it with the files involved; setting CorpusStorage=Inline avoids the embedded store.");

    public static readonly DiagnosticDescriptor StoreTooLarge = Rule(
        "CORPUS024", "Corpus too large for one assembly", "The corpus needs a store of {0} bytes; one assembly holds at most {1}",
        DiagnosticSeverity.Error, "A corpus's store, its metadata and text as UTF-8, is limited to 1 GiB per assembly. Split the articles over several class-library projects, each with its own CorpusClassName.");

    private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
