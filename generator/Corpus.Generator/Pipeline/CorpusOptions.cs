using System.Collections.Generic;
using System.Globalization;
using Corpus.Reading;
using Corpus.Reading.Junk;
using Corpus.Reading.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>A setting whose value could not be used, and (in words) what is used instead.</summary>
internal sealed record InvalidSetting(string Name, string Value, string Used);

/// <summary>
/// The project-wide settings, read from MSBuild properties made visible to the compiler by the package's props:
/// <c>CorpusNamespace</c> (default: <c>RootNamespace</c>), <c>CorpusClassName</c> (default <c>Articles</c>),
/// <c>CorpusMaxArticleLength</c> (characters; default <see cref="ArticleFile.DefaultMaxLength"/>), <c>CorpusJunk</c>
/// (<see cref="JunkMode"/>; default <c>Remove</c>) and the project directory that source paths are made relative to.
/// An invalid value is replaced by the default and reported.
/// </summary>
internal sealed record CorpusOptions(string Namespace, string ClassName, ArticleSettings Reading, EquatableArray<InvalidSetting> Invalid)
{
    public const string DefaultClassName = "Articles";

    /// <summary>The property that names the list of article files.</summary>
    public const string ArticleListProperty = "CorpusArticleList";

    /// <summary>The property that names the embedded store's manifest.</summary>
    public const string ManifestProperty = "CorpusStoreManifest";

    /// <summary>
    /// The key of a global analyzer config entry the package's targets set in an IDE's design-time build only (from the
    /// file <c>Corpus.DesignTime.globalconfig</c>): a separate file, so that the editor config the SDK generates stays
    /// the same in design-time and real builds.
    /// </summary>
    public const string DesignTimeKey = "corpus_design_time";

    /// <summary>The additional file that lists the article files (<see cref="ArticleList"/>): <c>CorpusArticleList</c>, set by the package's targets.</summary>
    public string? ArticleListPath { get; init; }

    /// <summary>The additional file that is the embedded store's manifest: <c>CorpusStoreManifest</c>, set by the package's targets with an embedded store.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Where article records are kept: <c>CorpusStorage</c>, set to <c>Resource</c> by the package's targets.</summary>
    public StorageMode Storage { get; init; } = StorageMode.Inline;

    /// <summary>
    /// Whether this is an IDE's compilation, from a design-time build: its embedded store is the one the last build wrote,
    /// which is behind the articles whenever one has been saved since, until the next build rewrites it.
    /// </summary>
    public bool DesignTime { get; init; }

    public static CorpusOptions From(AnalyzerConfigOptions options)
    {
        var invalid = new List<InvalidSetting>();
        var requestedNamespace = Read(options, "CorpusNamespace") ?? Read(options, "RootNamespace") ?? "";
        var @namespace = Check("CorpusNamespace", requestedNamespace, requestedNamespace.Length == 0 || IsValidNamespace(requestedNamespace), "", invalid);
        var requestedClass = Read(options, "CorpusClassName") ?? DefaultClassName;
        var className = Check("CorpusClassName", requestedClass, IsValidName(requestedClass), DefaultClassName, invalid);
        var reading = ArticleSettings.FromProperties(name => Read(options, name), (name, value, used) => invalid.Add(new InvalidSetting(name, value, used)));
        var requestedStorage = Read(options, StorageModes.PropertyName);
        var storage = StorageMode.Inline;
        if (requestedStorage is not null && !StorageModes.TryParse(requestedStorage, out storage))
        {
            storage = StorageMode.Inline;
            invalid.Add(new InvalidSetting(StorageModes.PropertyName, requestedStorage, "'" + storage + "'"));
        }

        return new CorpusOptions(@namespace, className, reading, invalid.ToEquatableArray())
        {
            Storage = storage,
            DesignTime = options.TryGetValue(DesignTimeKey, out var flag) && ArticleSettings.IsSet(flag),
            ArticleListPath = Read(options, ArticleListProperty),
            ManifestPath = Read(options, ManifestProperty),
        };
    }

    private static string Check(string name, string value, bool valid, string fallback, List<InvalidSetting> invalid)
    {
        if (valid)
        {
            return value;
        }

        invalid.Add(new InvalidSetting(name, value, fallback.Length == 0 ? "the global namespace" : "'" + fallback + "'"));
        return fallback;
    }

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidName(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    private static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValidName(part))
            {
                return false;
            }
        }

        return true;
    }
}
