module github.com/compute-pi-go/compute-pi-go

go 1.26

require github.com/remyoudompheng/bigfft v0.0.0-20230129092748-24d4a6f8daec

require github.com/aws/aws-lambda-go v1.55.1 // indirect
