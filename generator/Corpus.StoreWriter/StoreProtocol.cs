using System;

namespace Corpus.StoreWriting;

/// <summary>
/// How the build task and the store writer talk: the first line of the request file the task writes, and the lines the
/// store writer prints, where <c>error⇥code⇥text</c> is an error (the code may be empty) and any other line a message.
/// Compiled into both the store writer and the task (<c>Corpus.Tasks</c> links this file), so both sides share one
/// definition.
/// </summary>
internal static class StoreProtocol
{
    public const string RequestHeader = "CorpusStore/1 request";

    /// <summary>
    /// The store writer's first line, before it reads anything: it tells the task that the program that ran is the store
    /// writer, so that a native one that could not start (a missing system library prints its own error and exits) is
    /// told from one that ran and reported errors.
    /// </summary>
    public const string Greeting = "CorpusStore/1 writer";

    private const string ErrorPrefix = "error\t";

    /// <summary>The line that reports an error.</summary>
    public static string ErrorLine(string? code, string text) => ErrorPrefix + code + "\t" + OneLine(text);

    /// <summary><paramref name="text"/> on one line, its line breaks made spaces.</summary>
    public static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");

    /// <summary>The code and text of <paramref name="line"/> when it reports an error; <see langword="false"/> for a message.</summary>
    public static bool TryReadError(string line, out string code, out string text)
    {
        var end = line.StartsWith(ErrorPrefix, StringComparison.Ordinal) ? line.IndexOf('\t', ErrorPrefix.Length) : -1;
        code = end < 0 ? "" : line.Substring(ErrorPrefix.Length, end - ErrorPrefix.Length);
        text = end < 0 ? "" : line.Substring(end + 1);
        return end >= 0;
    }
}
