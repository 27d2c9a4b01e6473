using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Pipeline;
using Corpus.Reading;
using Corpus.Reading.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// What naming needs to know of one article file: its path, title and the id it asks for. <see cref="Title"/> is
/// <see langword="null"/> for a file that was left out: it takes no name, but tells that the project has articles.
/// </summary>
internal sealed record NamingKey(string SourcePath, string DiagnosticPath, string? Title, int TitleLine, string RequestedId, EquatableArray<RuleSeverity> Severities = default)
{
    public static NamingKey For(ArticleRead read) =>
        read.Digest.Article is { } article
            ? new NamingKey(article.Entry.SourcePath, read.Digest.DiagnosticPath, article.Title, article.TitleLine, article.RequestedId, read.Severities)
            : new NamingKey(read.Digest.SourcePath, read.Digest.DiagnosticPath, null, 0, "", read.Severities);
}

/// <summary>The name and id given to one article, and its position in the corpus (<c>All</c> and the store).</summary>
internal sealed record NamedArticle(string SourcePath, string MemberName, string Id, int Ordinal);

/// <summary>A collision that naming resolved, reported as a diagnostic at the article's title, at the severity the article's settings give it.</summary>
internal sealed record NamingNote(NamingNoteKind Kind, string DiagnosticPath, int Line, string Requested, string Given, string Other)
{
    public EquatableArray<RuleSeverity> Severities { get; init; }
}

internal enum NamingNoteKind
{
    DuplicateName,
    DuplicateId,
    ReservedName,
    DuplicateFile,
    FallbackName,
}

/// <summary>
/// The only step that sees the whole corpus: gives every article a unique member name and id, and its position.
/// </summary>
/// <remarks>
/// Articles are taken in ordinal order of their source path, so the result does not depend on the order the files
/// were given in. A name that is a member of the generated class (<c>All</c>, <c>Count</c>, <c>TryGet</c>, the members
/// of <see cref="object"/>) or the class's own name gets the suffix <c>Article</c> (<c>AllArticle</c>); a title with
/// no letter or digit is named <c>Article</c>. When two articles
/// want the same name or id, the first by path keeps it and each later one gets the first free numeric suffix:
/// <c>Name2</c>, <c>Name3</c>… and <c>id-2</c>, <c>id-3</c>….
/// </remarks>
internal sealed class CorpusNaming : IEquatable<CorpusNaming>
{
    public const string ReservedSuffix = "Article";

    private static readonly string[] ClassMembers = ["All", "Count", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    private readonly Dictionary<string, NamedArticle> _byPath;

    private CorpusNaming(CorpusOptions options, bool hasFiles, EquatableArray<NamedArticle> articles, EquatableArray<NamingNote> notes)
    {
        Options = options;
        HasFiles = hasFiles;
        Articles = articles;
        Notes = notes;
        _byPath = new Dictionary<string, NamedArticle>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            _byPath[article.SourcePath] = article;
        }
    }

    public CorpusOptions Options { get; }

    /// <summary>Whether the project lists any article file, read or left out: then the class is generated, even empty.</summary>
    public bool HasFiles { get; }

    /// <summary>Every article, in ordinal order of source path.</summary>
    public EquatableArray<NamedArticle> Articles { get; }

    public EquatableArray<NamingNote> Notes { get; }

    public NamedArticle? Find(string sourcePath) => _byPath.TryGetValue(sourcePath, out var named) ? named : null;

    public static CorpusNaming Assign(ImmutableArray<NamingKey> keys, CorpusOptions options)
    {
        var notes = new List<NamingNote>();
        var ordered = Deduplicate(keys.Where(k => k.Title is not null), notes);

        var reserved = new HashSet<string>(ClassMembers, StringComparer.Ordinal) { options.ClassName };
        var wanted = ordered.Select(k => Reserve(NameFor(k, notes), reserved, k, notes)).ToList();
        var names = Unique(ordered, wanted, (name, n) => name + n, NamingNoteKind.DuplicateName, notes);
        var ids = Unique(ordered, ordered.Select(k => k.RequestedId.Length > 0 ? k.RequestedId : "article").ToList(), (id, n) => id + "-" + n, NamingNoteKind.DuplicateId, notes);

        var articles = new List<NamedArticle>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            articles.Add(new NamedArticle(ordered[i].SourcePath, names[i], ids[i], i));
        }

        return new CorpusNaming(options, !keys.IsEmpty, articles.ToEquatableArray(), notes.ToEquatableArray());
    }

    public static string IndexHintName(CorpusOptions options) => HintNames.Ascii(options.ClassName) + ".g.cs";

    /// <summary>The inline store's file.</summary>
    public static string StoreHintName(CorpusOptions options) => HintNames.Ascii(options.ClassName) + ".__Store.g.cs";

    // The same file listed twice is one article.
    private static List<NamingKey> Deduplicate(IEnumerable<NamingKey> keys, List<NamingNote> notes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeatedPaths = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<NamingKey>();
        foreach (var key in keys.OrderBy(k => k.SourcePath, StringComparer.Ordinal))
        {
            if (seen.Add(key.SourcePath))
            {
                ordered.Add(key);
            }
            else if (repeatedPaths.Add(key.SourcePath))
            {
                notes.Add(new NamingNote(NamingNoteKind.DuplicateFile, key.DiagnosticPath, 0, key.SourcePath, key.SourcePath, key.SourcePath) { Severities = key.Severities });
            }
        }

        return ordered;
    }

    private static string NameFor(NamingKey key, List<NamingNote> notes)
    {
        if (MemberNames.FromTitle(key.Title!) is { } name)
        {
            return name;
        }

        notes.Add(new NamingNote(NamingNoteKind.FallbackName, key.DiagnosticPath, key.TitleLine, key.Title!, MemberNames.Fallback, "") { Severities = key.Severities });
        return MemberNames.Fallback;
    }

    private static string Reserve(string name, HashSet<string> reserved, NamingKey key, List<NamingNote> notes)
    {
        if (!reserved.Contains(name))
        {
            return name;
        }

        var given = name + ReservedSuffix;
        notes.Add(new NamingNote(NamingNoteKind.ReservedName, key.DiagnosticPath, key.TitleLine, name, given, "") { Severities = key.Severities });
        return given;
    }

    private static List<string> Unique(List<NamingKey> keys, List<string> wanted, Func<string, int, string> withSuffix, NamingNoteKind kind, List<NamingNote> notes)
    {
        var taken = new HashSet<string>(wanted, StringComparer.Ordinal);
        var firstOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<string>(wanted.Count);
        for (var i = 0; i < wanted.Count; i++)
        {
            var name = wanted[i];
            if (firstOwner.TryGetValue(name, out var owner))
            {
                var n = 2;
                while (taken.Contains(withSuffix(name, n)))
                {
                    n++;
                }

                var given = withSuffix(name, n);
                taken.Add(given);
                notes.Add(new NamingNote(kind, keys[i].DiagnosticPath, keys[i].TitleLine, name, given, owner) { Severities = keys[i].Severities });
                result.Add(given);
            }
            else
            {
                firstOwner[name] = keys[i].SourcePath;
                result.Add(name);
            }
        }

        return result;
    }

    public bool Equals(CorpusNaming? other) =>
        other is not null && Options.Equals(other.Options) && HasFiles == other.HasFiles && Articles.Equals(other.Articles) && Notes.Equals(other.Notes);

    public override bool Equals(object? obj) => Equals(obj as CorpusNaming);

    public override int GetHashCode() => Articles.GetHashCode();
}
