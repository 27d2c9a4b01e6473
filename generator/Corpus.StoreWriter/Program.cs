using System;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.StoreWriting;

// Writes a project's article store: started by the Corpus build task (Corpus.Tasks.WriteCorpusStore) with the request
// file it wrote. Its first line is the protocol's greeting. Exit code 0: the store and manifest are current; 1: an error
// was reported; 2: no usable request.
Report.Greet(Console.Out);
if (args.Length != 1)
{
    Report.Error(Console.Out, null, "Corpus.StoreWriter takes one argument: the request file the Corpus build task writes.");
    return 2;
}

// The thread pool starts as many threads as there are processors and adds more only slowly; reading wants more at once.
ThreadPool.GetMinThreads(out _, out var completionPortThreads);
ThreadPool.SetMinThreads(StoreEntries.Threads, completionPortThreads);

StoreRequest request;
try
{
    request = StoreRequest.Read(File.ReadAllLines(args[0], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
{
    Report.Error(Console.Out, null, $"Corpus: the store request '{args[0]}' could not be read: {exception.Message}");
    return 2;
}

try
{
    return StoreJob.Run(request, Console.Out) ? 0 : 1;
}
catch (Exception exception)
{
    // The reader never throws for a bad article; anything else is a bug, reported as one error rather than a stack trace.
    Report.Error(Console.Out, null, $"Corpus: writing the article store failed: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
