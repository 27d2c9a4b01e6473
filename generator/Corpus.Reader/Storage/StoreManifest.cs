using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Reading.Storage;

/// <summary>What a store holds, record by record, as text: written next to an embedded store so that the generator can check
/// that it describes exactly the articles the generator itself read.</summary>
/// <remarks>
/// <code>
/// CorpusStore/1 manifest
/// &lt;hash, 16 hex digits&gt; &lt;record length&gt; &lt;source path&gt;     one line per record, in store order
/// </code>
/// </remarks>
public static class StoreManifest
{
    public const string Header = "CorpusStore/1 manifest";

    public static string Write(IReadOnlyList<StoreEntry> entries)
    {
        var text = new StringBuilder(Header.Length + 2 + (entries.Count * 64)).Append(Header).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(StoreHash.Format(entry.Hash)).Append(' ')
                .Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entry.SourcePath).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The entries a manifest lists, or <see langword="null"/> when the text is not a manifest this version writes.</summary>
    public static List<StoreEntry>? Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        var entries = new List<StoreEntry>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break;
            }

            var first = line.IndexOf(' ');
            var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
            if (second < 0
                || !StoreHash.TryParse(line.Substring(0, first), out var hash)
                || !int.TryParse(line.Substring(first + 1, second - first - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            entries.Add(new StoreEntry(line.Substring(second + 1), length, hash));
        }

        return entries;
    }

    /// <summary>
    /// The first way the embedded store differs from what was read, in words, with the source path it concerns; or
    /// <see langword="null"/> when both list the same records in the same order.
    /// </summary>
    /// <param name="read">What the generator read, in store order.</param>
    /// <param name="embedded">What the store holds, in store order.</param>
    public static StoreDifference? Compare(IReadOnlyList<StoreEntry> read, IReadOnlyList<StoreEntry> embedded)
    {
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
}

/// <summary>How an embedded store differs from what the generator read.</summary>
/// <param name="SourcePath">The article the difference concerns, or empty when it concerns none in particular.</param>
/// <param name="Reason">What differs, in words.</param>
public sealed record StoreDifference(string SourcePath, string Reason);
