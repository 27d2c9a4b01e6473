using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Reads YAML front matter as static-site generators (Jekyll, Hugo, Eleventy, Astro), note-taking tools and scraper
/// exports write it. Keys are matched ignoring case, <c>_</c> and <c>-</c> (<c>datePublished</c>,
/// <c>date_published</c>): see <see cref="Keys"/> for the keys of each field. The first key of a group present (in
/// the order listed there) gives the field, except that tag keys are merged; a later key of the same group, and every
/// key of no group, goes to <c>Metadata</c>, as does a known key whose value cannot be used (after a diagnostic at its
/// line). YAML that does
/// not parse is reported at the line of the error, and the article is read from its text alone.
/// </summary>
internal static class FrontMatterReader
{
    private enum KeyGroup
    {
        None,
        Title,
        Author,
        Date,
        Url,
        Publisher,
        Tags,
        Id,
        Language,
    }

    /// <summary>Normalised key → field. The order within a group is the priority order.</summary>
    private static readonly (string Key, KeyGroup Group)[] Keys =
    {
        ("title", KeyGroup.Title), ("headline", KeyGroup.Title),
        ("authors", KeyGroup.Author), ("author", KeyGroup.Author), ("byline", KeyGroup.Author),
        ("datepublished", KeyGroup.Date), ("published", KeyGroup.Date), ("publishdate", KeyGroup.Date),
        ("pubdate", KeyGroup.Date), ("publicationdate", KeyGroup.Date), ("publishedat", KeyGroup.Date), ("date", KeyGroup.Date),
        ("url", KeyGroup.Url), ("canonical", KeyGroup.Url), ("canonicalurl", KeyGroup.Url), ("originalurl", KeyGroup.Url),
        ("source", KeyGroup.Url), ("sourceurl", KeyGroup.Url),
        ("publisher", KeyGroup.Publisher), ("sitename", KeyGroup.Publisher), ("sourcename", KeyGroup.Publisher), ("publication", KeyGroup.Publisher),
        ("tags", KeyGroup.Tags), ("keywords", KeyGroup.Tags), ("categories", KeyGroup.Tags), ("category", KeyGroup.Tags),
        ("id", KeyGroup.Id), ("slug", KeyGroup.Id),
        ("lang", KeyGroup.Language), ("language", KeyGroup.Language), ("locale", KeyGroup.Language),
    };

    public static FrontMatterFields Read(FrontMatter? frontMatter, string path, List<ReaderDiagnostic> diagnostics)
    {
        if (frontMatter is null || TextCleaner.IsBlank(frontMatter.Yaml))
        {
            return FrontMatterFields.None;
        }

        var root = Parse(frontMatter, path, diagnostics);
        if (root is null)
        {
            return FrontMatterFields.None;
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.MalformedFrontMatter, path, PositionOf(root, frontMatter), "the front matter is not a list of keys and values"));
            return FrontMatterFields.None;
        }

        var fields = new FrontMatterFields();
        var context = new Context(fields, frontMatter, path, diagnostics);
        var groups = Classify(mapping);
        foreach (var entry in mapping.Children)
        {
            var key = KeyText(entry.Key);
            if (Normalise(key) == "corpusjunk")
            {
                // Corpus's own per-article setting steers reading (see JunkSettings); it is not the article's metadata.
                continue;
            }

            var group = groups.TryGetValue(entry.Key, out var found) ? found : KeyGroup.None;
            if (group == KeyGroup.None && GroupOf(key) == KeyGroup.Tags)
            {
                // Tags, keywords and categories all label the article: they are merged rather than ranked.
                group = KeyGroup.Tags;
            }

            var used = group != KeyGroup.None && context.Apply(group, key, entry.Value);
            if (!used)
            {
                fields.Metadata.Add(new MetadataEntry(key, YamlCompactText.Write(entry.Value)));
            }
        }

        return fields;
    }

    private static YamlNode? Parse(FrontMatter frontMatter, string path, List<ReaderDiagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(frontMatter.Yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException exception)
        {
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.MalformedFrontMatter, path, PositionOf(exception.Start, frontMatter), Reason(exception)));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // YamlDotNet fails this way on some unclosed flow collections; the last event it read is where the trouble starts.
            var at = parser.Current is { } current ? PositionOf(current.Start, frontMatter) : new TextPosition(frontMatter.FirstYamlLine, 1);
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.MalformedFrontMatter, path, at, "a list or mapping is not closed"));
            return null;
        }
    }

    /// <summary>YamlDotNet's message starts with its own location, which the diagnostic already carries.</summary>
    private static string Reason(YamlException exception)
    {
        var message = exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }

    /// <summary>Which entry gives which field: for each group, the present key that comes first in <see cref="Keys"/>.</summary>
    private static Dictionary<YamlNode, KeyGroup> Classify(YamlMappingNode mapping)
    {
        var chosen = new Dictionary<KeyGroup, (int Priority, YamlNode Key)>();
        foreach (var entry in mapping.Children)
        {
            var normalised = Normalise(KeyText(entry.Key));
            for (var priority = 0; priority < Keys.Length; priority++)
            {
                var (key, group) = Keys[priority];
                if (key == normalised && (!chosen.TryGetValue(group, out var current) || priority < current.Priority))
                {
                    chosen[group] = (priority, entry.Key);
                }
            }
        }

        var result = new Dictionary<YamlNode, KeyGroup>();
        foreach (var pair in chosen)
        {
            result[pair.Value.Key] = pair.Key;
        }

        return result;
    }

    private static KeyGroup GroupOf(string key)
    {
        var normalised = Normalise(key);
        foreach (var (known, group) in Keys)
        {
            if (known == normalised)
            {
                return group;
            }
        }

        return KeyGroup.None;
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : YamlCompactText.Write(key);

    private static string Normalise(string key)
    {
        var builder = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(LetterCase.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static TextPosition PositionOf(YamlNode node, FrontMatter frontMatter) => PositionOf(node.Start, frontMatter);

    /// <summary>A YAML position (1-based within the YAML) as a position in the file.</summary>
    private static TextPosition PositionOf(Mark mark, FrontMatter frontMatter) =>
        new(frontMatter.FirstYamlLine + Math.Max((int)mark.Line, 1) - 1, Math.Max((int)mark.Column, 1));

    /// <summary>Reads the value of one recognised key into the fields, reporting values that cannot be used.</summary>
    private sealed class Context
    {
        private readonly FrontMatterFields _fields;
        private readonly FrontMatter _frontMatter;
        private readonly string _path;
        private readonly List<ReaderDiagnostic> _diagnostics;

        public Context(FrontMatterFields fields, FrontMatter frontMatter, string path, List<ReaderDiagnostic> diagnostics)
        {
            _fields = fields;
            _frontMatter = frontMatter;
            _path = path;
            _diagnostics = diagnostics;
        }

        /// <summary>False when the value could not be used, so that it is kept in Metadata instead.</summary>
        public bool Apply(KeyGroup group, string key, YamlNode value) => group switch
        {
            KeyGroup.Title => ApplyTitle(key, value),
            KeyGroup.Author => ApplyAuthors(key, value),
            KeyGroup.Date => ApplyDate(value),
            KeyGroup.Url => ApplyUrl(key, value),
            KeyGroup.Publisher => ApplyText(key, value, text => _fields.Publisher = text),
            KeyGroup.Tags => ApplyTags(key, value),
            KeyGroup.Id => ApplyText(key, value, text => _fields.Id = text),
            KeyGroup.Language => ApplyLanguage(key, value),
            _ => false,
        };

        private bool ApplyTitle(string key, YamlNode value)
        {
            if (!ApplyText(key, value, text => _fields.Title = text))
            {
                return false;
            }

            _fields.TitleLine = Position(value).Line;
            return true;
        }

        private bool ApplyText(string key, YamlNode value, Action<string> set)
        {
            if (Scalar(value) is not { } text)
            {
                return Reject(key, value, "a single line of text");
            }

            if (text.Length > 0)
            {
                set(text);
            }

            return true;
        }

        /// <summary>
        /// <c>author: Jane Doe</c> is one name; <c>authors: Jane Doe, John Roe</c> a comma-separated list; a list may hold
        /// names or <c>{name, url}</c> mappings (<c>url</c>, <c>link</c>, <c>website</c> or <c>homepage</c> for the address).
        /// </summary>
        private bool ApplyAuthors(string key, YamlNode value)
        {
            var authors = new List<AuthorModel>();
            var splitCommas = Normalise(key) == "authors";
            var items = value is YamlSequenceNode sequence ? sequence.Children : (IList<YamlNode>)new[] { value };
            foreach (var item in items)
            {
                if (Scalar(item) is { } names)
                {
                    foreach (var name in splitCommas ? names.Split(',') : new[] { names })
                    {
                        if (TextCleaner.Clean(name) is { Length: > 0 } clean)
                        {
                            authors.Add(new AuthorModel(clean));
                        }
                    }
                }
                else if (item is YamlMappingNode person && Field(person, "name") is { Length: > 0 } name)
                {
                    var url = Field(person, "url") ?? Field(person, "link") ?? Field(person, "website") ?? Field(person, "homepage");
                    authors.Add(new AuthorModel(name, WebAddress.AbsoluteOrNull(url)));
                }
                else
                {
                    return Reject(key, item, "a name, a list of names, or a mapping with a name");
                }
            }

            _fields.Authors = authors;
            return true;
        }

        private bool ApplyDate(YamlNode value)
        {
            var text = Scalar(value);
            var reading = text is null ? DateReading.None : DateReader.Read(text);
            switch (reading.Status)
            {
                case DateStatus.Date:
                    _fields.Published = reading.Date;
                    _fields.PublishedLine = Position(value).Line;
                    return true;
                case DateStatus.Ambiguous:
                    _diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.AmbiguousDate, _path, Position(value), text!));
                    return false;
                default:
                    _diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.UnreadableDate, _path, Position(value), text ?? YamlCompactText.Write(value)));
                    return false;
            }
        }

        private bool ApplyUrl(string key, YamlNode value)
        {
            if (WebAddress.AbsoluteOrNull(Scalar(value)) is not { } url)
            {
                // "source: Reuters" names a source rather than giving its address: kept as metadata, no complaint.
                return Normalise(key) != "source" && Reject(key, value, "an absolute http or https address");
            }

            _fields.OriginalUrl = url;
            return true;
        }

        /// <summary>A list, or one comma-separated string; duplicates (ignoring case) are dropped, first spelling kept.</summary>
        private bool ApplyTags(string key, YamlNode value)
        {
            var items = value is YamlSequenceNode sequence ? sequence.Children : (IList<YamlNode>)new[] { value };
            var tags = new List<string>();
            foreach (var item in items)
            {
                if (Scalar(item) is not { } text)
                {
                    return Reject(key, item, "a list of words or a comma-separated string");
                }

                tags.AddRange(text.Split(','));
            }

            foreach (var tag in tags)
            {
                var clean = TextCleaner.Clean(tag);
                if (clean.Length > 0 && !_fields.Tags.Exists(t => string.Equals(t, clean, StringComparison.OrdinalIgnoreCase)))
                {
                    _fields.Tags.Add(clean);
                }
            }

            return true;
        }

        /// <summary><c>en</c>, <c>EN</c>, <c>en-GB</c>, <c>en_US</c> all give <c>en</c>: the model holds ISO 639-1 codes.</summary>
        private bool ApplyLanguage(string key, YamlNode value)
        {
            var text = Scalar(value)?.Trim() ?? "";
            var end = text.IndexOfAny(new[] { '-', '_' });
            var code = end < 0 ? text : text.Substring(0, end);
            if (code.Length != 2 || !IsAsciiLetter(code[0]) || !IsAsciiLetter(code[1]))
            {
                return Reject(key, value, "a two-letter ISO 639-1 language code");
            }

            _fields.Language = code.ToLowerInvariant();
            return true;
        }

        private bool Reject(string key, YamlNode value, string expected)
        {
            var shown = YamlCompactText.Write(value);
            _diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.InvalidFrontMatterValue, _path, Position(value), key, shown, expected));
            return false;
        }

        /// <summary>Where a value is in the file; its length when it sits on one line.</summary>
        private TextPosition Position(YamlNode node)
        {
            var position = PositionOf(node, _frontMatter);
            return node.End.Line == node.Start.Line && node.End.Column > node.Start.Column
                ? position with { Length = (int)(node.End.Column - node.Start.Column) }
                : position;
        }

        private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? TextCleaner.Clean(scalar.Value ?? "") : null;

        private static string? Field(YamlMappingNode mapping, string name)
        {
            foreach (var entry in mapping.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } key } && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return Scalar(entry.Value);
                }
            }

            return null;
        }

        private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
    }
}
