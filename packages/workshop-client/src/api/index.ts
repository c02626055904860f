// The typed HTTP API: one function per endpoint, answers checked against @avaa/protocol's contract.
export {};
