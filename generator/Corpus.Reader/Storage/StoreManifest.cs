using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// What the build task read, file by file, as text: written next to an embedded store and handed to the compiler, so
/// that the generator can take each unchanged file's <see cref="ArticleDigest"/> from it instead of reading the file
/// again, and can check that the store holds exactly the records of the articles the compiler sees.
/// </summary>
/// <remarks>
/// <code>
/// CorpusStore/3 manifest
/// fingerprint ⇥ diagnostic path ⇥ source path ⇥ article ⇥ diagnostics     one line per article file, by diagnostic path
/// article     = "-" when the file was left out, else "A" ⇥ title ⇥ title line ⇥ requested id ⇥ byline ⇥ lead ⇥
///               word count ⇥ length ⇥ hash of the article's bytes in the store (its title and record)
/// diagnostics = count, then per diagnostic: kind ⇥ path ⇥ line ⇥ column ⇥ length ⇥ argument count ⇥ arguments
/// </code>
/// Fields are separated by tabs. In a text field, <c>\\</c>, <c>\t</c>, <c>\n</c> and <c>\r</c> stand for a backslash,
/// tab, line feed and carriage return, <c>\uXXXX</c> for any other control character or lone surrogate, and a field of
/// just <c>\N</c> for none. So any text survives being written as UTF-8 and read back.
/// </remarks>
public sealed class StoreManifest : IEquatable<StoreManifest>
{
    public const string Header = "CorpusStore/3 manifest";

    private const string None = "\\N";

    private readonly Dictionary<string, ArticleDigest> _byDiagnosticPath;

    private StoreManifest(string text, List<ArticleDigest> files)
    {
        Text = text;
        Files = files;
        _byDiagnosticPath = new Dictionary<string, ArticleDigest>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _byDiagnosticPath[file.DiagnosticPath] = file;
        }

        Entries = ArticleDigest.Entries(files);
    }

    /// <summary>The manifest as it was written.</summary>
    public string Text { get; }

    /// <summary>Every article file the task read, in the manifest's order.</summary>
    public IReadOnlyList<ArticleDigest> Files { get; }

    /// <summary>The store's records, in store order.</summary>
    public IReadOnlyList<StoreEntry> Entries { get; }

    /// <summary>
    /// The digest the task made of the file at <paramref name="diagnosticPath"/>, when the task read exactly the input
    /// whose <see cref="ArticleDigest.FingerprintOf"/> is <paramref name="fingerprint"/>; otherwise
    /// <see langword="null"/>, and the file must be read.
    /// </summary>
    public ArticleDigest? Find(string diagnosticPath, ulong fingerprint) =>
        _byDiagnosticPath.TryGetValue(diagnosticPath, out var digest) && digest.Fingerprint == fingerprint ? digest : null;

    /// <summary>The manifest of <paramref name="files"/>: every article file read, left out or not.</summary>
    public static string Write(IEnumerable<ArticleDigest> files)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var file in files.OrderBy(f => f.DiagnosticPath, StringComparer.Ordinal))
        {
            var line = new LineWriter(text);
            line.Field(StoreHash.Format(file.Fingerprint));
            line.Field(file.DiagnosticPath);
            line.Field(file.SourcePath);
            if (file.Article is { } article)
            {
                line.Field("A");
                line.Field(article.Title);
                line.Field(article.TitleLine);
                line.Field(article.RequestedId);
                line.Field(article.Byline);
                line.Field(article.Lead);
                line.Field(article.WordCount);
                line.Field(article.Entry.Length);
                line.Field(StoreHash.Format(article.Entry.Hash));
            }
            else
            {
                line.Field("-");
            }

            line.Field(file.Diagnostics.Count);
            foreach (var diagnostic in file.Diagnostics)
            {
                line.Field(diagnostic.Kind.ToString());
                line.Field(diagnostic.Path);
                line.Field(diagnostic.Line);
                line.Field(diagnostic.Column);
                line.Field(diagnostic.Length);
                line.Field(diagnostic.Arguments.Count);
                foreach (var argument in diagnostic.Arguments)
                {
                    line.Field(argument);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The manifest <paramref name="text"/> holds, or <see langword="null"/> when it is not one this version writes.</summary>
    public static StoreManifest? Read(string text)
    {
        if (!StartsWithHeader(text, out var lineEnd))
        {
            return null;
        }

        var files = new List<ArticleDigest>(text.Length / 256);
        for (var start = lineEnd + 1; start < text.Length; start = lineEnd + 1)
        {
            lineEnd = LineEnd(text, start);
            if (ReadLine(new LineReader(text, start, TrimmedEnd(text, start, lineEnd))) is not { } file)
            {
                return null;
            }

            files.Add(file);
        }

        return new StoreManifest(text, files);
    }

    /// <summary>True when the first line is <see cref="Header"/>; <paramref name="lineEnd"/> is where it ends.</summary>
    internal static bool StartsWithHeader(string text, out int lineEnd)
    {
        lineEnd = LineEnd(text, 0);
        return string.CompareOrdinal(text, 0, Header, 0, Header.Length) == 0 && TrimmedEnd(text, 0, lineEnd) == Header.Length;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its line feed, or the end of the text.</summary>
    internal static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    /// <summary>The end of a line without its trailing carriage returns.</summary>
    internal static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The first way the embedded store differs from what was read, in words, with the source path it concerns; or
    /// <see langword="null"/> when both list the same records in the same order.
    /// </summary>
    /// <param name="read">What the generator read, in store order.</param>
    /// <param name="embedded">What the store holds, in store order.</param>
    public static StoreDifference? Compare(IReadOnlyList<StoreEntry> read, IReadOnlyList<StoreEntry> embedded)
    {
        // The store nearly always agrees; the sets below only find the first difference to report.
        if (read.Count == embedded.Count && SameInOrder(read, embedded))
        {
            return null;
        }

        var embeddedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in embedded)
        {
            embeddedPaths.Add(entry.SourcePath);
        }

        var readPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in read)
        {
            readPaths.Add(entry.SourcePath);
            if (!embeddedPaths.Contains(entry.SourcePath))
            {
                return new StoreDifference(entry.SourcePath, "the embedded store has no record for it");
            }
        }

        foreach (var entry in embedded)
        {
            if (!readPaths.Contains(entry.SourcePath))
            {
                return new StoreDifference(entry.SourcePath, "the embedded store has a record for it, but the compiler did not read it as an article");
            }
        }

        for (var i = 0; i < read.Count && i < embedded.Count; i++)
        {
            if (read[i].SourcePath != embedded[i].SourcePath)
            {
                return new StoreDifference(read[i].SourcePath, $"it is record {i + 1} here but not in the embedded store");
            }

            if (read[i].Length != embedded[i].Length || read[i].Hash != embedded[i].Hash)
            {
                return new StoreDifference(
                    read[i].SourcePath,
                    $"its embedded record ({embedded[i].Length} bytes, hash {StoreHash.Format(embedded[i].Hash)}) is not what the compiler read ({read[i].Length} bytes, hash {StoreHash.Format(read[i].Hash)})");
            }
        }

        return read.Count == embedded.Count ? null : new StoreDifference("", $"the embedded store holds {embedded.Count} records, the compiler read {read.Count} articles");
    }

    private static bool SameInOrder(IReadOnlyList<StoreEntry> read, IReadOnlyList<StoreEntry> embedded)
    {
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].SourcePath != embedded[i].SourcePath || read[i].Length != embedded[i].Length || read[i].Hash != embedded[i].Hash)
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(StoreManifest? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as StoreManifest);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    internal static ArticleDigest? ReadLine(LineReader fields)
    {
        if (!fields.Hash(out var fingerprint) || fields.Text() is not { } diagnosticPath || fields.Text() is not { } sourcePath || fields.Text() is not { } marker)
        {
            return null;
        }

        ArticleSummary? article = null;
        if (marker == "A")
        {
            if (fields.Text() is not { } title
                || !fields.Number(out var titleLine)
                || fields.Text() is not { } requestedId
                || fields.Text() is not { } byline
                || !fields.OptionalText(out var lead)
                || !fields.Number(out var wordCount)
                || !fields.Number(out var length)
                || !fields.Hash(out var hash)
                || length < StoreEntry.TitleLengthOf(title))
            {
                return null;
            }

            article = new ArticleSummary(title, titleLine, requestedId, byline, lead, wordCount, new StoreEntry(sourcePath, StoreEntry.TitleLengthOf(title), length, hash));
        }
        else if (marker != "-")
        {
            return null;
        }

        if (!fields.Number(out var count))
        {
            return null;
        }

        var diagnostics = new List<ReaderDiagnostic>(count);
        for (var i = 0; i < count; i++)
        {
            if (fields.Text() is not { } kindName
                || !Enum.TryParse<DiagnosticKind>(kindName, out var kind)
                || !Enum.IsDefined(typeof(DiagnosticKind), kind)
                || fields.Text() is not { } path
                || !fields.Number(out var lineNumber)
                || !fields.Number(out var column)
                || !fields.Number(out var spanLength)
                || !fields.Number(out var argumentCount))
            {
                return null;
            }

            var arguments = new string[argumentCount];
            for (var a = 0; a < argumentCount; a++)
            {
                if (fields.Text() is not { } argument)
                {
                    return null;
                }

                arguments[a] = argument;
            }

            diagnostics.Add(new ReaderDiagnostic(kind, path, lineNumber, column, spanLength, EquatableArray.Create(arguments)));
        }

        return fields.AtEnd ? new ArticleDigest(fingerprint, sourcePath, diagnosticPath, article, diagnostics.ToEquatableArray()) : null;
    }

    /// <summary>Writes one line's fields, tab-separated and escaped.</summary>
    private readonly struct LineWriter(StringBuilder text)
    {
        private readonly int _start = text.Length;

        public void Field(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

        public void Field(string? value)
        {
            if (text.Length > _start)
            {
                text.Append('\t');
            }

            if (value is null)
            {
                text.Append(None);
                return;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case var _ when char.IsControl(c) || !paired || c == '\uFEFF':
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                    default: text.Append(c); break;
                }
            }
        }
    }

    /// <summary>Reads the fields of one line, <c>[start, end)</c> of the text, in order; every read fails once one has.</summary>
    internal struct LineReader(string text, int start, int end)
    {
        private int _position = start;
        private bool _failed;

        public readonly bool AtEnd => !_failed && _position == end + 1;

        public string? Text() => OptionalText(out var value) ? value : null;

        public bool OptionalText(out string? value)
        {
            value = null;
            if (_failed || _position > end)
            {
                _failed = true;
                return false;
            }

            var fieldEnd = text.IndexOf('\t', _position, end - _position);
            if (fieldEnd < 0)
            {
                fieldEnd = end;
            }

            var raw = text.Substring(_position, fieldEnd - _position);
            _position = fieldEnd + 1;
            if (raw == None)
            {
                return true;
            }

            if (raw.IndexOf('\\') < 0)
            {
                value = raw;
                return true;
            }

            var unescaped = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\')
                {
                    unescaped.Append(raw[i]);
                    continue;
                }

                if (++i == raw.Length)
                {
                    _failed = true;
                    return false;
                }

                switch (raw[i])
                {
                    case '\\': unescaped.Append('\\'); break;
                    case 't': unescaped.Append('\t'); break;
                    case 'n': unescaped.Append('\n'); break;
                    case 'r': unescaped.Append('\r'); break;
                    case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit):
                        unescaped.Append((char)unit);
                        i += 4;
                        break;
                    default:
                        _failed = true;
                        return false;
                }
            }

            value = unescaped.ToString();
            return true;
        }

        /// <summary>Passes over a field without reading it; false when there is none.</summary>
        public bool Skip()
        {
            if (_failed || _position > end)
            {
                _failed = true;
                return false;
            }

            var fieldEnd = text.IndexOf('\t', _position, end - _position);
            _position = fieldEnd < 0 ? end + 1 : fieldEnd + 1;
            return true;
        }

        public bool Number(out int value)
        {
            value = 0;
            return Text() is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        public bool Hash(out ulong value)
        {
            value = 0;
            return Text() is { } text && StoreHash.TryParse(text, out value);
        }
    }
}

/// <summary>How an embedded store differs from what the generator read.</summary>
/// <param name="SourcePath">The article the difference concerns, or empty when it concerns none in particular.</param>
/// <param name="Reason">What differs, in words.</param>
public sealed record StoreDifference(string SourcePath, string Reason);
