using System.Diagnostics;
using System.Text;

namespace Corpus.Package.Tests;

/// <summary>Everything a finished or abandoned process did, printable in full in an assertion message.</summary>
/// <param name="CommandLine">The command as it was started.</param>
/// <param name="WorkingDirectory">Where it was started.</param>
/// <param name="ExitCode">Its exit code, or <see langword="null"/> when it was killed for running too long.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="Output">Standard output and standard error, interleaved as they arrived.</param>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int? ExitCode, TimeSpan Elapsed, string Output)
{
    /// <summary>Whether the process exited by itself with exit code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The non-empty lines of <see cref="Output"/>.</summary>
    public IEnumerable<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'));

    public override string ToString()
    {
        var exit = ExitCode is { } code ? $"exit code {code}" : "killed: it ran longer than its time limit";
        return $"""
            $ {CommandLine}
              (in {WorkingDirectory}; {exit} after {Elapsed.TotalSeconds:F1} s)
            {Output}
            """;
    }
}

/// <summary>Runs the <c>dotnet</c> CLI, the same one that runs these tests, with a time limit.</summary>
internal static class DotNet
{
    /// <summary>
    /// The SDK sets <c>DOTNET_HOST_PATH</c> for the processes it starts; falling back to the PATH keeps the tests
    /// runnable from an IDE that does not.
    /// </summary>
    private static readonly string Executable =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; kills it and its children after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Output is searched for the words "warning" and "error", so it must not be translated.
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var output = new StringBuilder();
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        }

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        int? exitCode;
        using (var timeLimit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(timeLimit.Token);
                exitCode = process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                exitCode = null;
            }
        }

        var commandLine = string.Join(' ', new[] { "dotnet" }.Concat(arguments.Select(Quote)));
        lock (output)
        {
            return new ProcessResult(commandLine, workingDirectory, exitCode, stopwatch.Elapsed, output.ToString());
        }
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
