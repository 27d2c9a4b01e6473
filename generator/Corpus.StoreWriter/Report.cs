using System.IO;

namespace Corpus.StoreWriting;

/// <summary>
/// How the store writer tells the build task what happened: one line each (<see cref="StoreProtocol"/>), read by the
/// task as it comes.
/// </summary>
internal static class Report
{
    /// <summary>The first line the store writer prints (<see cref="StoreProtocol.Greeting"/>), as the store writer's own.</summary>
    public const string Greeting = StoreProtocol.Greeting;

    public static void Greet(TextWriter output) => output.WriteLine(Greeting);

    public static void Error(TextWriter output, string? code, string text) => output.WriteLine(StoreProtocol.ErrorLine(code, text));

    public static void Message(TextWriter output, string text) => output.WriteLine(StoreProtocol.OneLine(text));
}
