// Tests of FaultlineCLI.
