// Command bootstrap is the pure-Go twin of the Node Lambda function in
// lambda/app.js, on github.com/aws/aws-lambda-go and the same pkg/pi library.
// It answers the same events with byte-identical responses (see
// lambda/test/parity.test.js), so the two can be compared for speed.
//
// Build for the provided.al2023 runtime:
//
//	CGO_ENABLED=0 GOARCH=arm64 go build -tags lambda.norpc -o bootstrap ./lambda/go
package main

import "github.com/aws/aws-lambda-go/lambda"

func main() {
	lambda.Start(handle)
}
