using System.CommandLine;
using System.Text;
using KGraph.Visualization.Writers;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph completion bash</c>: prints a bash completion script made from the command tree itself, so it
/// lists exactly the commands and options this kgraph has. Relationship types for <c>--type</c> are the
/// built-in vocabulary's plus those in <c>./graph-data/schema.yaml</c> when there is one.
/// </summary>
public static class CompletionCommand
{
    public static Command Create(Func<RootCommand> root)
    {
        var shell = new Argument<string>("shell")
        {
            Description = "The shell to write the script for: bash (zsh reads it after `autoload -U bashcompinit && bashcompinit`)"
        };
        var command = new Command("completion", "Print a shell completion script: source <(kgraph completion bash)") { shell };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var name = result.GetValue(shell)!;
            if (name != "bash") throw new UsageException($"no completion script for '{name}' (bash is supported; zsh can use it through bashcompinit)");
            io.Out.Write(Bash(root()));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Bash(RootCommand root)
    {
        var commands = new List<(string Path, Command Command)>();
        Collect(root, "", commands);
        var s = new StringBuilder();
        s.Append("# bash completion for kgraph, written by `kgraph completion bash`.\n");
        s.Append("# Use: source <(kgraph completion bash), or save it as ~/.local/share/bash-completion/completions/kgraph\n\n");
        s.Append("_kgraph_subcommands() {\n    case \"$1\" in\n");
        foreach (var (path, command) in commands.Where(c => c.Command.Subcommands.Count > 0))
            s.Append($"        \"{path}\") echo \"{string.Join(' ', command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}\" ;;\n");
        s.Append("    esac\n}\n\n");
        s.Append("_kgraph_options() {\n    case \"$1\" in\n");
        foreach (var (path, command) in commands)
        {
            var options = command.Options.Where(o => !o.Hidden)
                .SelectMany(o => new[] { o.Name }.Concat(o.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal))))
                .Append("--help");
            s.Append($"        \"{path}\") echo \"{string.Join(' ', options)}\" ;;\n");
        }
        s.Append("    esac\n}\n\n");
        s.Append("_kgraph_types() {\n");
        s.Append($"    echo \"{string.Join(' ', KGraph.Vocabulary.GraphVocabulary.BuiltIn.RelationshipTypes.Select(t => t.Name))}\"\n");
        s.Append("    [[ -f graph-data/schema.yaml ]] && sed -n 's/^  - name: \\([A-Z][A-Z0-9_]*\\)$/\\1/p' graph-data/schema.yaml\n}\n\n");
        s.Append($$"""
            _kgraph() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" path="" subs i
                for ((i = 1; i < COMP_CWORD; i++)); do
                    subs=" $(_kgraph_subcommands "$path") "
                    [[ "$subs" == *" ${COMP_WORDS[i]} "* ]] && path="${path:+$path }${COMP_WORDS[i]}"
                done
                case "$prev" in
                    --type|--types) COMPREPLY=($(compgen -W "$(_kgraph_types | tr " " "\n" | sort -u)" -- "$cur")); return ;;
                    --format) [[ "$path" == diagram ]] && { COMPREPLY=($(compgen -W "{{string.Join(' ', DiagramWriters.Formats)}} all" -- "$cur")); return; } ;;
                esac
                if [[ "$cur" == -* ]]; then
                    COMPREPLY=($(compgen -W "$(_kgraph_options "$path")" -- "$cur"))
                    return
                fi
                subs="$(_kgraph_subcommands "$path")"
                [[ -n "$subs" ]] && COMPREPLY=($(compgen -W "$subs" -- "$cur"))
            }
            complete -o default -F _kgraph kgraph

            """);
        return s.ToString();
    }

    private static void Collect(Command command, string path, List<(string, Command)> into)
    {
        into.Add((path, command));
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden)) Collect(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}", into);
    }
}
