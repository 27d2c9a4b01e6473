using System.IO;

namespace Corpus.StoreWriting;

/// <summary>
/// How the store writer tells the build task what happened: one line each, read by the task as it comes. A line
/// <c>error⇥code⇥text</c> is an error (the code may be empty); any other line is a message.
/// </summary>
internal static class Report
{
    public const string ErrorPrefix = "error\t";

    public static void Error(TextWriter output, string? code, string text) =>
        output.WriteLine(ErrorPrefix + code + "\t" + OneLine(text));

    public static void Message(TextWriter output, string text) => output.WriteLine(OneLine(text));

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
