using System;
using System.Collections.Generic;

namespace Corpus.StoreWriting;

/// <summary>
/// What the build task asks the store writer to do: where the store and manifest go, the project's reading settings,
/// and the compiler's additional files with their metadata.
/// </summary>
/// <remarks>
/// The task writes it as a file of lines, one value per line: no escaping is needed, because MSBuild paths, properties
/// and metadata never hold a line break (the task refuses any that does).
/// <code>
/// CorpusStore/1 request
/// store path, manifest path, CorpusProjectDirectory, ProjectDir, MSBuildProjectDirectory, CorpusMaxArticleLength, CorpusJunk
/// then per additional file: full path, CorpusArticle metadata, Junk metadata
/// </code>
/// </remarks>
internal sealed record StoreRequest(
    string StoreFile,
    string ManifestFile,
    string CorpusProjectDirectory,
    string ProjectDir,
    string MSBuildProjectDirectory,
    string CorpusMaxArticleLength,
    string CorpusJunk,
    IReadOnlyList<(string FullPath, string CorpusArticle, string Junk)> Files)
{
    public const string Header = StoreProtocol.RequestHeader;

    private const int Settings = 7;

    /// <summary>The request <paramref name="lines"/> hold.</summary>
    /// <exception cref="FormatException">They are not a request this version writes.</exception>
    public static StoreRequest Read(IReadOnlyList<string> lines)
    {
        if (lines.Count < 1 + Settings || lines[0] != Header || (lines.Count - 1 - Settings) % 3 != 0)
        {
            throw new FormatException("The store request is not one this version of Corpus writes; rebuild the project.");
        }

        var files = new List<(string, string, string)>((lines.Count - 1 - Settings) / 3);
        for (var i = 1 + Settings; i < lines.Count; i += 3)
        {
            files.Add((lines[i], lines[i + 1], lines[i + 2]));
        }

        return new StoreRequest(lines[1], lines[2], lines[3], lines[4], lines[5], lines[6], lines[7], files);
    }
}
