module github.com/compute-pi-go/compute-pi-go

go 1.24

require github.com/remyoudompheng/bigfft v0.0.0-20230129092748-24d4a6f8daec
