using System;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.StoreWriting;

// Writes a project's article store: started by the Corpus build task (Corpus.Tasks.WriteCorpusStore) with the request
// file it wrote. Its first line is the protocol's greeting. Exit code 0: the store and manifest are current; 1: an error
// was reported; 2: no usable request. It prints in UTF-8 whatever the console's code page, as the task reads it.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
Report.Greet(output);
if (args.Length != 1)
{
    Report.Error(output, null, "Corpus.StoreWriter takes one argument: the request file the Corpus build task writes.");
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
    Report.Error(output, null, $"Corpus: the store request '{args[0]}' could not be read: {exception.Message}");
    return 2;
}

try
{
    return StoreJob.Run(request, output) ? 0 : 1;
}
catch (Exception exception)
{
    // The reader never throws for a bad article; anything else is a bug, reported as one error rather than a stack trace.
    Report.Error(output, null, $"Corpus: writing the article store failed: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
