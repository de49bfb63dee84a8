// relations: the dataset from the command line. The verbs are listed in RelationsCommand.cs, one file each.
using RelationsData.Cli;

return RelationsCommand.Run(args);
