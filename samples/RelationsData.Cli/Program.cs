// relations: the dataset from the command line. Each verb lives in its own file and adds one Command here.
using System.CommandLine;
using RelationsData.Cli;

var root = new RootCommand("Explore the curated dataset of Azerbaijan–Russia relations.")
{
    ExportCommand.Create(),
};

return root.Parse(args).Invoke();
