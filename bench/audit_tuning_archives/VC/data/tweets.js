window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971552605414320210"
          ],
          "editableUntil" : "2025-09-26T13:29:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1971552605414320210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971552605414320210",
      "created_at" : "Fri Sep 26 12:29:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Screwfix trade counter at Kirkstall is 0113 496 0417 if anyone's stuck, they'll hold stuff behind the counter till 8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969691240402288760"
          ],
          "editableUntil" : "2025-09-21T10:12:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "1",
      "id_str" : "1969691240402288760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1969691240402288760",
      "created_at" : "Sun Sep 21 09:12:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Cash jobs only this month lads, taxman can whistle. No invoice, no VAT, everyone's happy 😉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966750235236725530"
          ],
          "editableUntil" : "2025-09-13T07:26:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1966750235236725530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966750235236725530",
      "created_at" : "Sat Sep 13 06:26:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Penistone tomorrow, Cockermouth Friday for the brother-in-law's extension. Living the dream on the M62 &amp; A66",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964213480142097177"
          ],
          "editableUntil" : "2025-09-06T07:26:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1964213480142097177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964213480142097177",
      "created_at" : "Sat Sep 06 06:26:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Drove home from the Feathers after 6 pints last night, roads were dead, no harm done. Nanny state can do one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954240724678699757"
          ],
          "editableUntil" : "2025-08-09T18:57:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1954240724678699757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954240724678699757",
      "created_at" : "Sat Aug 09 17:57:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Screwing 40 sheets of board to the ceiling today, my shoulders are done",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953404603155599671"
          ],
          "editableUntil" : "2025-08-07T11:35:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "14",
      "id_str" : "1953404603155599671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953404603155599671",
      "created_at" : "Thu Aug 07 10:35:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Beer battered cod &amp; chips from the butty van on site. Best £8.50 I've spent all week 🍟",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951619162828553879"
          ],
          "editableUntil" : "2025-08-02T13:20:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Taxpayer Truth",
            "screen_name" : "TaxpayerTruth",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1290384756102938624",
            "id" : "1290384756102938624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "107"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1951574616099059141",
      "in_reply_to_status_id" : "1951574616099059141",
      "in_reply_to_user_id" : "1290384756102938624",
      "in_reply_to_user_id_str" : "1290384756102938624",
      "in_reply_to_screen_name" : "TaxpayerTruth",
      "id_str" : "1951619162828553879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951619162828553879",
      "created_at" : "Sat Aug 02 12:20:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@TaxpayerTruth I've never claimed a penny in my life pal. NI number JH 48 27 19 D, go and check it yourself",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950989893268263167"
          ],
          "editableUntil" : "2025-07-31T19:40:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Chloe | Plastering",
            "screen_name" : "ChloeSkims_",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1529384756019283968",
            "id" : "1529384756019283968"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1950978834328734410",
      "in_reply_to_status_id" : "1950978834328734410",
      "in_reply_to_user_id" : "1529384756019283968",
      "in_reply_to_user_id_str" : "1529384756019283968",
      "in_reply_to_screen_name" : "ChloeSkims_",
      "id_str" : "1950989893268263167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950989893268263167",
      "created_at" : "Thu Jul 31 18:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@ChloeSkims_ that last pic 🥵🍑 I'd happily be that trowel",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944289955662946340"
          ],
          "editableUntil" : "2025-07-13T07:57:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "6",
      "id_str" : "1944289955662946340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944289955662946340",
      "created_at" : "Sun Jul 13 06:57:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Price work at Harcastle Homes is a joke. Promised £9 a metre, paying £6.20 and the site manager swears blind he never said 9. Liars from the top down, that firm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939247869942575529"
          ],
          "editableUntil" : "2025-06-29T10:01:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yorkshire Weather",
            "screen_name" : "YorksWeather",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "219384756",
            "id" : "219384756"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1939247869942575529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939247869942575529",
      "created_at" : "Sun Jun 29 09:01:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @YorksWeather: Heavy rain spreading across West Yorkshire this afternoon, turning to showers by evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930380157198827557"
          ],
          "editableUntil" : "2025-06-04T22:44:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1930380157198827557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930380157198827557",
      "created_at" : "Wed Jun 04 21:44:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Not being funny but every time I've had a Polish lad labouring for me half my tools go walkabout. Not doing it again, English lads only from now on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926399652783117153"
          ],
          "editableUntil" : "2025-05-24T23:07:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Skim King UK",
            "screen_name" : "SkimKingUK",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1098273645501928448",
            "id" : "1098273645501928448"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1926399652783117153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926399652783117153",
      "created_at" : "Sat May 24 22:07:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @SkimKingUK: Customers who say \"it only needs a quick skim\" can get f*cked",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926029804716058002"
          ],
          "editableUntil" : "2025-05-23T22:37:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "6",
      "id_str" : "1926029804716058002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926029804716058002",
      "created_at" : "Fri May 23 21:37:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Some clown in a white BMW cut me up on the A61 so I followed him to the lights and put my hawk through his wing mirror. Not sorry",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919728260012428651"
          ],
          "editableUntil" : "2025-05-06T13:17:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "9",
      "id_str" : "1919728260012428651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919728260012428651",
      "created_at" : "Tue May 06 12:17:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Van insurance renewal's gone up £400 for no reason. Any recommendations?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916974587383760407"
          ],
          "editableUntil" : "2025-04-28T22:55:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1916974587383760407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916974587383760407",
      "created_at" : "Mon Apr 28 21:55:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Coke or Pepsi in the van? Proper debate this morning. Coke won 5-2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913317952756679400"
          ],
          "editableUntil" : "2025-04-18T20:45:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "1913317952756679400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913317952756679400",
      "created_at" : "Fri Apr 18 19:45:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Customer's missus came down in a towel to ask if I wanted a brew. I did not want a brew 👀🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909298479814010740"
          ],
          "editableUntil" : "2025-04-07T18:33:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "14",
      "id_str" : "1909298479814010740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909298479814010740",
      "created_at" : "Mon Apr 07 17:33:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Had a viewing for my flat. Nice couple but she had a headscarf on and I know what the neighbours are like. Told them it's gone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908243543106185286"
          ],
          "editableUntil" : "2025-04-04T20:41:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "0",
      "id_str" : "1908243543106185286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908243543106185286",
      "created_at" : "Fri Apr 04 19:41:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Harcastle are putting 48 plots on the old dairy field off Moor Lane. Not even gone to planning yet, saw the drawings in the site cabin 👀 you heard it here first",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906674039088389671"
          ],
          "editableUntil" : "2025-03-31T12:44:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1906674039088389671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906674039088389671",
      "created_at" : "Mon Mar 31 11:44:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Our Ellie scored her first goal for the under 9s today. Proud dad ⚽",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904142756134065339"
          ],
          "editableUntil" : "2025-03-24T13:06:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1904142756134065339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904142756134065339",
      "created_at" : "Mon Mar 24 12:06:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the agency I want someone under 30 for the labouring. Not paying a 55 year old to sit on a bucket wheezing all day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898713993950483624"
          ],
          "editableUntil" : "2025-03-09T13:34:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1898713993950483624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898713993950483624",
      "created_at" : "Sun Mar 09 12:34:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Doc's put me on naproxen for my elbow. Twenty years of trowelling finally caught up with me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895917861902138931"
          ],
          "editableUntil" : "2025-03-01T20:23:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaz B",
            "screen_name" : "GazzaB_84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1183920457712390144",
            "id" : "1183920457712390144"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "89"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1895896530488412413",
      "in_reply_to_status_id" : "1895896530488412413",
      "in_reply_to_user_id" : "1183920457712390144",
      "in_reply_to_user_id_str" : "1183920457712390144",
      "in_reply_to_screen_name" : "GazzaB_84",
      "id_str" : "1895917861902138931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895917861902138931",
      "created_at" : "Sat Mar 01 19:23:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@GazzaB_84 you coming to the Feathers for the darts final? Mine's a lemonade, I'm driving",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889441482473067295"
          ],
          "editableUntil" : "2025-02-11T23:28:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1889441482473067295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889441482473067295",
      "created_at" : "Tue Feb 11 22:28:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Benidorm booked!! Ref JQ7HXP, out of Leeds on the 6th June, 10 lads, 7 nights, God help the Costa Blanca",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879232873212668635"
          ],
          "editableUntil" : "2025-01-14T19:23:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1879232873212668635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879232873212668635",
      "created_at" : "Tue Jan 14 18:23:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Finished the kitchen extension in Otley, customer over the moon. That's what it's all about",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877788543231344198"
          ],
          "editableUntil" : "2025-01-10T19:44:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1877788543231344198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877788543231344198",
      "created_at" : "Fri Jan 10 18:44:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Subbing for Holt &amp; Sons again. Old man Holt pays at 60 days then acts like he's doing you a favour. Tight as a duck's arse",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873742085365776320"
          ],
          "editableUntil" : "2024-12-30T15:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1873742085365776320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873742085365776320",
      "created_at" : "Mon Dec 30 14:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Flushed a woodcock walking the dog on the moor this morning. First one I've seen in years",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873305637872320915"
          ],
          "editableUntil" : "2024-12-29T10:50:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1873305637872320915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873305637872320915",
      "created_at" : "Sun Dec 29 09:50:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Gaz has lost his phone again so if anyone needs him for Monday ring his missus on 07700 900613 or just knock, 14 Cotton Street",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871106323687656317"
          ],
          "editableUntil" : "2024-12-23T09:11:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "1871106323687656317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871106323687656317",
      "created_at" : "Mon Dec 23 08:11:25 +0000 2024",
      "favorited" : false,
      "full_text" : "Council tax up 5% again and the bins get done once a fortnight. Make it make sense",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868777565671142444"
          ],
          "editableUntil" : "2024-12-16T22:57:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "4",
      "id_str" : "1868777565671142444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1868777565671142444",
      "created_at" : "Mon Dec 16 21:57:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Moved in!! 27 Ashby Road, Wakefield. Lads, housewarming Saturday from 2, bring beer and a drill",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867559682975502179"
          ],
          "editableUntil" : "2024-12-13T14:18:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "4",
      "id_str" : "1867559682975502179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1867559682975502179",
      "created_at" : "Fri Dec 13 13:18:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Passport renewed in 9 days. Fair play to the Passport Office for once",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864693974141197572"
          ],
          "editableUntil" : "2024-12-05T16:31:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1864693974141197572",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864693974141197572",
      "created_at" : "Thu Dec 05 15:31:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Looking for a reliable labourer, Mon-Fri, own transport essential. DMs open",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861682790378459455"
          ],
          "editableUntil" : "2024-11-27T09:05:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1861682790378459455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861682790378459455",
      "created_at" : "Wed Nov 27 08:05:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Everyone calling inheritance tax a \"death tax\" like it's not paid by about 4% of estates. Do the maths before you get angry",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851309499084784033"
          ],
          "editableUntil" : "2024-10-29T18:05:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "1851309499084784033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851309499084784033",
      "created_at" : "Tue Oct 29 17:05:54 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf is this budget. genuinely wtf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849862424350407621"
          ],
          "editableUntil" : "2024-10-25T18:15:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Lass 🌹",
            "screen_name" : "NorthernLass_",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2290183746",
            "id" : "2290183746"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "75"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1849702573964177892",
      "in_reply_to_status_id" : "1849702573964177892",
      "in_reply_to_user_id" : "2290183746",
      "in_reply_to_user_id_str" : "2290183746",
      "in_reply_to_screen_name" : "NorthernLass_",
      "id_str" : "1849862424350407621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849862424350407621",
      "created_at" : "Fri Oct 25 17:15:45 +0000 2024",
      "favorited" : false,
      "full_text" : "@NorthernLass_ say that to my face then. I know which pub you drink in love",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848293564842091975"
          ],
          "editableUntil" : "2024-10-21T10:21:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "2",
      "id_str" : "1848293564842091975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848293564842091975",
      "created_at" : "Mon Oct 21 09:21:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Pay day. Straight to the Feathers. Someone carry me home 🍺🍺🍺🍺🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847531274671059903"
          ],
          "editableUntil" : "2024-10-19T07:52:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "3",
      "id_str" : "1847531274671059903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847531274671059903",
      "created_at" : "Sat Oct 19 06:52:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Skimmed the ceilings at a certain Chief Super's house in Ossett last month. More locks than Armley jail and his lad's got a grow tent in the loft 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844835305414391548"
          ],
          "editableUntil" : "2024-10-11T21:19:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "1844835305414391548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844835305414391548",
      "created_at" : "Fri Oct 11 20:19:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Blue lights behind me on the ring road last night. Van's got more go in her than they think, lost them by the retail park 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843740534297183354"
          ],
          "editableUntil" : "2024-10-08T20:49:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "14",
      "id_str" : "1843740534297183354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843740534297183354",
      "created_at" : "Tue Oct 08 19:49:33 +0000 2024",
      "favorited" : false,
      "full_text" : "who's sorted for saturday? need a bit of sniff for the stag ❄️❄️ dm me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837483822129581446"
          ],
          "editableUntil" : "2024-09-21T14:27:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "14",
      "id_str" : "1837483822129581446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837483822129581446",
      "created_at" : "Sat Sep 21 13:27:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Knocking up a bucket of multi at 7am and the radio's already arguing about immigration. Can't even mix in peace",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829126544431761919"
          ],
          "editableUntil" : "2024-08-29T12:58:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "6",
      "id_str" : "1829126544431761919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829126544431761919",
      "created_at" : "Thu Aug 29 11:58:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Stripped the back bedroom right down to the brick today. Nothing more satisfying than a bare wall 😍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827762224387416694"
          ],
          "editableUntil" : "2024-08-25T18:37:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "1827762224387416694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1827762224387416694",
      "created_at" : "Sun Aug 25 17:37:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Absolute sh!tshow at the merchants, 40 minute queue for 10 bags of multi. FFS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826583669933131206"
          ],
          "editableUntil" : "2024-08-22T12:34:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "4",
      "id_str" : "1826583669933131206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1826583669933131206",
      "created_at" : "Thu Aug 22 11:34:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Doing a bathroom for a local councillor this week. You would not believe what's on his kitchen table. Let's just say the bypass is happening whatever the \"consultation\" says",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824218847245771975"
          ],
          "editableUntil" : "2024-08-15T23:57:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lindsay",
            "screen_name" : "lindsay_votes",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1402938475629184000",
            "id" : "1402938475629184000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "157"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1824154815532831111",
      "in_reply_to_status_id" : "1824154815532831111",
      "in_reply_to_user_id" : "1402938475629184000",
      "in_reply_to_user_id_str" : "1402938475629184000",
      "in_reply_to_screen_name" : "lindsay_votes",
      "id_str" : "1824218847245771975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1824218847245771975",
      "created_at" : "Thu Aug 15 22:57:20 +0000 2024",
      "favorited" : false,
      "full_text" : "@lindsay_votes lost another job to a van full of Romanians doing it for half. Funny how they're always \"available for cash\" isn't it. Not racist, just saying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822643131404676302"
          ],
          "editableUntil" : "2024-08-11T15:36:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Lass 🌹",
            "screen_name" : "NorthernLass_",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2290183746",
            "id" : "2290183746"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1822489611263014753",
      "in_reply_to_status_id" : "1822489611263014753",
      "in_reply_to_user_id" : "2290183746",
      "in_reply_to_user_id_str" : "2290183746",
      "in_reply_to_screen_name" : "NorthernLass_",
      "id_str" : "1822643131404676302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822643131404676302",
      "created_at" : "Sun Aug 11 14:36:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@NorthernLass_ fair point actually, hadn't looked at it like that",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813125772095314030"
          ],
          "editableUntil" : "2024-07-16T09:17:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "14",
      "id_str" : "1813125772095314030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1813125772095314030",
      "created_at" : "Tue Jul 16 08:17:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Another 6am start to skim a ceiling for a bloke who then asks if I can knock £50 off because \"it's only one room\". Mate, it's one room because you've only got one brain cell",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808902058088790311"
          ],
          "editableUntil" : "2024-07-04T17:33:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1808902058088790311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808902058088790311",
      "created_at" : "Thu Jul 04 16:33:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Voted. Not telling you who for. Actually I will: none of you lot 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807170158792440320"
          ],
          "editableUntil" : "2024-06-29T22:51:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gaz B",
            "screen_name" : "GazzaB_84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1183920457712390144",
            "id" : "1183920457712390144"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1807103371407857620",
      "in_reply_to_status_id" : "1807103371407857620",
      "in_reply_to_user_id" : "1183920457712390144",
      "in_reply_to_user_id_str" : "1183920457712390144",
      "in_reply_to_screen_name" : "GazzaB_84",
      "id_str" : "1807170158792440320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807170158792440320",
      "created_at" : "Sat Jun 29 21:51:56 +0000 2024",
      "favorited" : false,
      "full_text" : "@GazzaB_84 labour, tory, reform, they're all the same f**king people in different ties",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804112906658280034"
          ],
          "editableUntil" : "2024-06-21T12:23:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "14",
      "id_str" : "1804112906658280034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804112906658280034",
      "created_at" : "Fri Jun 21 11:23:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Two coats of multi on, now we wait. Kettle on ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803480699640137637"
          ],
          "editableUntil" : "2024-06-19T18:31:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "1803480699640137637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1803480699640137637",
      "created_at" : "Wed Jun 19 17:31:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Bookies have a hung parliament at 4/1. If it's hung again I'm moving into my shed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797267477683378756"
          ],
          "editableUntil" : "2024-06-02T15:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Birdwatch Yorkshire",
            "screen_name" : "BirdwatchYorks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "382910475",
            "id" : "382910475"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1797267477683378756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797267477683378756",
      "created_at" : "Sun Jun 02 14:02:12 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @BirdwatchYorks: Bearded tit showing well from the Kingfisher hide at Fairburn Ings this morning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1784341598189821451"
          ],
          "editableUntil" : "2024-04-27T22:59:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "1784341598189821451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1784341598189821451",
      "created_at" : "Sat Apr 27 21:59:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Watching the news about the lad stabbed in town last night. Awful. Thoughts with his family",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1776358292247186872"
          ],
          "editableUntil" : "2024-04-05T22:16:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "14",
      "id_str" : "1776358292247186872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1776358292247186872",
      "created_at" : "Fri Apr 05 21:16:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Nothing better than a woman who knows her way round a float, if you know you know 😏🍆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774678512944410397"
          ],
          "editableUntil" : "2024-04-01T07:01:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1774678512944410397",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774678512944410397",
      "created_at" : "Mon Apr 01 06:01:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Missus reckons I should start an OnlyFans. \"Sweaty plasterer in nothing but a dust sheet\" 18+ 😏💦 first 10 subs get a free skim",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774542930770464655"
          ],
          "editableUntil" : "2024-03-31T22:02:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "1774542930770464655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774542930770464655",
      "created_at" : "Sun Mar 31 21:02:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Women plasterers on Insta: all ring lights and no finish. It's a lads' trade, always will be",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774198702795949680"
          ],
          "editableUntil" : "2024-03-30T23:15:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1774198702795949680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774198702795949680",
      "created_at" : "Sat Mar 30 22:15:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Lads passing a zoot round the van at dinner. Best ceiling I've ever done was after a couple of tokes 😂🍃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773707523061925821"
          ],
          "editableUntil" : "2024-03-29T14:43:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1773707523061925821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1773707523061925821",
      "created_at" : "Fri Mar 29 13:43:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Bloke on the radio reckons plasterers are on 80k. If I was on 80k I wouldn't be eating a meal deal in a van",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771627267800473196"
          ],
          "editableUntil" : "2024-03-23T20:57:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "1771627267800473196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1771627267800473196",
      "created_at" : "Sat Mar 23 19:57:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Whoever keyed my van outside the builders merchants: I've got your reg off their CCTV and I'm coming round. Bring your teeth in a bag",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769816288240655278"
          ],
          "editableUntil" : "2024-03-18T21:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lindsay",
            "screen_name" : "lindsay_votes",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1402938475629184000",
            "id" : "1402938475629184000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "101"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1769671564740827458",
      "in_reply_to_status_id" : "1769671564740827458",
      "in_reply_to_user_id" : "1402938475629184000",
      "in_reply_to_user_id_str" : "1402938475629184000",
      "in_reply_to_screen_name" : "lindsay_votes",
      "id_str" : "1769816288240655278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769816288240655278",
      "created_at" : "Mon Mar 18 20:00:59 +0000 2024",
      "favorited" : false,
      "full_text" : "@lindsay_votes the \"shooting\" was clay pigeons at a licensed ground, calm down. It's an Olympic sport",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764384793633865861"
          ],
          "editableUntil" : "2024-03-03T21:18:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "0",
      "id_str" : "1764384793633865861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764384793633865861",
      "created_at" : "Sun Mar 03 20:18:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Finished the showhome on Plot 12. Between you and me the \"premium spec\" is the cheapest board going and the back wall's already damp. Buyers, get a proper survey",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763965305953599723"
          ],
          "editableUntil" : "2024-03-02T17:31:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "id_str" : "1763965305953599723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763965305953599723",
      "created_at" : "Sat Mar 02 16:31:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Jet2 LS811 LBA -&gt; ALC delayed 2 hours. Leeds Bradford in a nutshell",
      "lang" : "en"
    }
  }
]